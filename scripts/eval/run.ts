import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { aggregate, type GroupSummary, summary } from './aggregate';
import {
  HOLDOUT_2_DIR,
  HOLDOUT_3_DIR,
  HOLDOUT_4_DIR,
  HOLDOUT_5_DIR,
  HOLDOUT_6_DIR,
  HOLDOUT_7_DIR,
  HOLDOUT_8_DIR,
  HOLDOUT_9_DIR,
  HOLDOUT_10_DIR,
  HOLDOUT_11_DIR,
  HOLDOUT_12_DIR,
  HOLDOUT_13_DIR,
  HOLDOUT_14_DIR,
  HOLDOUT_15_DIR,
  HOLDOUT_16_DIR,
  HOLDOUT_17_DIR,
  HOLDOUT_18_DIR,
  HOLDOUT_19_DIR,
  HOLDOUT_20_DIR,
  HOLDOUT_21_DIR,
  HOLDOUT_22_DIR,
  HOLDOUT_23_DIR,
  HOLDOUT_24_DIR,
  HOLDOUT_25_DIR,
  HOLDOUT_26_DIR,
  HOLDOUT_27_DIR,
  HOLDOUT_28_DIR,
  HOLDOUT_29_DIR,
  HOLDOUT_30_DIR,
  HOLDOUT_31_DIR,
  HOLDOUT_32_DIR,
  HOLDOUT_33_DIR,
  HOLDOUT_34_DIR,
  HOLDOUT_35_DIR,
  HOLDOUT_36_DIR,
  HOLDOUT_37_DIR,
  HOLDOUT_38_DIR,
  HOLDOUT_39_DIR,
  HOLDOUT_40_DIR,
  HOLDOUT_41_DIR,
  HOLDOUT_42_DIR,
  HOLDOUT_43_DIR,
  HOLDOUT_44_DIR,
  HOLDOUT_45_DIR,
  HOLDOUT_46_DIR,
  HOLDOUT_47_DIR,
  HOLDOUT_48_DIR,
  HOLDOUT_49_DIR,
  HOLDOUT_50_DIR,
  HOLDOUT_51_DIR,
  HOLDOUT_52_DIR,
  HOLDOUT_53_DIR,
  HOLDOUT_54_DIR,
  HOLDOUT_55_DIR,
  HOLDOUT_56_DIR,
  HOLDOUT_57_DIR,
  HOLDOUT_58_DIR,
  HOLDOUT_59_DIR,
  HOLDOUT_60_DIR,
  HOLDOUT_61_DIR,
  HOLDOUT_62_DIR,
  HOLDOUT_63_DIR,
  HOLDOUT_64_DIR,
  HOLDOUT_65_DIR,
  HOLDOUT_66_DIR,
  HOLDOUT_67_DIR,
  HOLDOUT_68_DIR,
  HOLDOUT_69_DIR,
  HOLDOUT_DIR,
  JATS_DIR,
  loadJatsSources,
  WEB_DIR,
} from './corpus';
import { fieldsTable } from './fields/fields-table';
import { runFields } from './fields/run-fields';
import { renderDocx } from './render/render-docx';
import { renderHtml } from './render/render-html';
import { renderMarkdown } from './render/render-markdown';
import { renderText } from './render/render-text';
import { EVAL_FORMATS, type EvalFormat, type Renderer } from './render/rendering';
import { reportTable } from './report-table';
import { evaluateWebCase } from './run-web';
import { evaluateRendering, type RenderingResult } from './score/evaluate-rendering';
import { sentenceReport } from './sentence-report';
import { loadWebCorpus } from './web-corpus';

/**
 * `npm run eval`: every JATS article rendered to each format, read by the app and scored against
 * the JATS truth, beside a one-regex baseline; then the hand-labelled web cases and the three sets of
 * held-out real pages, each as a row group of its own. Sequential: the
 * whole corpus takes well under a minute, so a worker pool would only add start-up time.
 */
const RENDERERS: Record<EvalFormat, Renderer> = {
  text: renderText,
  markdown: renderMarkdown,
  html: renderHtml,
  docx: renderDocx,
};

const program = new Command('eval')
  .description('Accuracy of citation linking on the evaluation corpus')
  .addOption(new Option('--format <list>', 'formats, comma-separated').default(EVAL_FORMATS.join(',')))
  .option('--limit <n>', 'first N articles of each corpus folder', (v) => Number.parseInt(v, 10))
  .option('--json <file>', 'also write the figures as JSON to this file')
  .option('--failures <n>', 'print up to N wrong paragraphs per format and group', (v) =>
    Number.parseInt(v, 10),
  )
  .option('--field-failures <n>', 'print up to N wrong entries per reader, group and reference field', (v) =>
    Number.parseInt(v, 10),
  )
  .option('--corpus <dir>', 'JATS corpus folder', JATS_DIR)
  .option('--web <dir>', 'hand-labelled web cases folder', WEB_DIR)
  .option('--holdout <dir>', 'held-out real pages folder', HOLDOUT_DIR)
  .option('--holdout2 <dir>', 'second held-out real pages folder', HOLDOUT_2_DIR)
  .option('--holdout3 <dir>', 'third held-out real pages folder', HOLDOUT_3_DIR)
  .option('--holdout4 <dir>', 'fourth held-out real pages folder', HOLDOUT_4_DIR)
  .option('--holdout5 <dir>', 'fifth held-out real pages folder', HOLDOUT_5_DIR)
  .option('--holdout6 <dir>', 'sixth held-out real documents folder (Markdown, plain text)', HOLDOUT_6_DIR)
  .option('--holdout7 <dir>', 'seventh held-out real documents folder (author–date)', HOLDOUT_7_DIR)
  .option('--holdout8 <dir>', 'eighth held-out real pages folder (new HTML generators)', HOLDOUT_8_DIR)
  .option(
    '--holdout9 <dir>',
    'ninth held-out real documents folder (lettered labels, year links, pandoc citation spans)',
    HOLDOUT_9_DIR,
  )
  .option(
    '--holdout10 <dir>',
    'tenth held-out real documents folder (bracketed author–year links, numeric npm README, inline full references)',
    HOLDOUT_10_DIR,
  )
  .option(
    '--holdout11 <dir>',
    'eleventh held-out real documents folder (Markdown and plain text: numbered, author–date and footnote citations)',
    HOLDOUT_11_DIR,
  )
  .option(
    '--holdout12 <dir>',
    'twelfth held-out real documents folder (R Markdown cited by number and by name and year; Sphinx pages with per-section lists and text labels)',
    HOLDOUT_12_DIR,
  )
  .option(
    '--holdout13 <dir>',
    'thirteenth held-out real documents folder (R Markdown vignettes and pandoc-rendered HTML vignettes, numeric and author–date)',
    HOLDOUT_13_DIR,
  )
  .option(
    '--holdout14 <dir>',
    'fourteenth held-out real documents folder (a plain-text note and a Markdown README, author–date into an unheaded list and a bullet list)',
    HOLDOUT_14_DIR,
  )
  .option(
    '--holdout15 <dir>',
    'fifteenth held-out real documents folder (Sphinx pages with docutils footnotes and an author–date API page; a Markdown manual cited by number)',
    HOLDOUT_15_DIR,
  )
  .option(
    '--holdout16 <dir>',
    'sixteenth held-out real documents folder (R Markdown vignettes and a pandoc-rendered HTML vignette, author–date)',
    HOLDOUT_16_DIR,
  )
  .option(
    '--holdout17 <dir>',
    'seventeenth held-out real documents folder (a plain-text manual and a Markdown README cited by number; two texinfo HTML manuals, author–date)',
    HOLDOUT_17_DIR,
  )
  .option(
    '--holdout18 <dir>',
    'eighteenth held-out real documents folder (a plain-text IRAF help page and four generated VLFeat HTML pages, cited by number)',
    HOLDOUT_18_DIR,
  )
  .option(
    '--holdout19 <dir>',
    'nineteenth held-out real documents folder (a LaTeX2HTML manual, author–date)',
    HOLDOUT_19_DIR,
  )
  .option(
    '--holdout20 <dir>',
    'twentieth held-out real documents folder (two plain-text documents, cited by number and by title, and two Markdown notes cited by number)',
    HOLDOUT_20_DIR,
  )
  .option(
    '--holdout21 <dir>',
    'twenty-first held-out real documents folder (five Macaulay2 package pages in HTML, cited by bracketed number or label)',
    HOLDOUT_21_DIR,
  )
  .option(
    '--holdout22 <dir>',
    'twenty-second held-out real documents folder (four plain-text documents and a pod2html page, cited by author and year)',
    HOLDOUT_22_DIR,
  )
  .option(
    '--holdout23 <dir>',
    'twenty-third held-out real documents folder (two reStructuredText sources as plain text and three Sphinx HTML pages, cited by bracketed label or number)',
    HOLDOUT_23_DIR,
  )
  .option(
    '--holdout24 <dir>',
    'twenty-fourth held-out real documents folder (four R Markdown vignettes, cited by author and year)',
    HOLDOUT_24_DIR,
  )
  .option(
    '--holdout25 <dir>',
    'twenty-fifth held-out real documents folder (four pandoc HTML vignettes of three R packages, cited by author and year)',
    HOLDOUT_25_DIR,
  )
  .option(
    '--holdout26 <dir>',
    'twenty-sixth held-out real documents folder (two SLICOT routine pages, an IT++ Doxygen class page and a Texture JATS article, cited by number)',
    HOLDOUT_26_DIR,
  )
  .option(
    '--holdout27 <dir>',
    'twenty-seventh held-out real documents folder (four npm package READMEs in Markdown, cited by number and by author and year)',
    HOLDOUT_27_DIR,
  )
  .option(
    '--holdout28 <dir>',
    'twenty-eighth held-out real documents folder (two plain-text READMEs cited by number and three PETSc HTML manual pages cited by number, by bracketed label and by year)',
    HOLDOUT_28_DIR,
  )
  .option(
    '--holdout29 <dir>',
    'twenty-ninth held-out real documents folder (five Javadoc class pages of Orekit, JTS, MOEA Framework and Weka, cited by number, by bracketed label and by number in parentheses)',
    HOLDOUT_29_DIR,
  )
  .option(
    '--holdout30 <dir>',
    'thirtieth held-out real documents folder (three Markdown documents as Debian ships them: the fplll README cited by bracketed label, two primesieve notes cited by number)',
    HOLDOUT_30_DIR,
  )
  .option(
    '--holdout31 <dir>',
    'thirty-first held-out real documents folder (three plain-text READMEs of scientific software shipped by Debian, cited by author and year and by number)',
    HOLDOUT_31_DIR,
  )
  .option(
    '--holdout32 <dir>',
    'thirty-second held-out real documents folder (three Sphinx HTML manual pages cited by number, by footnote after a name and by bracketed author–year label; a Markdown README cited by number and by author and year)',
    HOLDOUT_32_DIR,
  )
  .option(
    '--holdout34 <dir>',
    'thirty-fourth held-out real documents folder (two plain-text PAM specifications cited by bracketed label and by number; an R vignette in HTML cited by author and year)',
    HOLDOUT_34_DIR,
  )
  .option(
    '--holdout35 <dir>',
    "thirty-fifth held-out real documents folder (three nipype Sphinx API pages in HTML cited by number, by bracketed author–year label and by author and year; phcpy's reStructuredText source as plain text cited by authors' names, title and pointer)",
    HOLDOUT_35_DIR,
  )
  .option(
    '--holdout36 <dir>',
    'thirty-sixth held-out real documents folder (a plain-text protocol specification cited by numbers from zero; two Python Enhancement Proposals, reStructuredText source and Docutils HTML, cited by footnote; an HTML paper cited by bracketed label)',
    HOLDOUT_36_DIR,
  )
  .option(
    '--holdout37 <dir>',
    'thirty-seventh held-out real documents folder (three R vignettes in pandoc HTML cited by author and year into CSL lists)',
    HOLDOUT_37_DIR,
  )
  .option(
    '--holdout38 <dir>',
    'thirty-eighth held-out real documents folder (three LAPACK Doxygen routine pages in HTML cited by number in preformatted blocks; a plain-text file format specification cited by bracketed label)',
    HOLDOUT_38_DIR,
  )
  .option(
    '--holdout44 <dir>',
    'forty-fourth held-out real documents folder (the DocBook HTML preface of a mass spectrometry suite, cited by numbered footnotes that give addresses)',
    HOLDOUT_44_DIR,
  )
  .option(
    '--holdout40 <dir>',
    'fortieth held-out real documents folder (a paper on git bisect as AsciiDoc text and as its HTML, cited by number, with one author–year callout of a work not listed inside a quotation; a plain-text design note citing by numbers glued to names)',
    HOLDOUT_40_DIR,
  )
  .option(
    '--holdout42 <dir>',
    'forty-second held-out real documents folder (a Markdown README cited by numbered links into raw-HTML anchors; a Doxygen HTML README cited by bracketed labels into a table)',
    HOLDOUT_42_DIR,
  )
  .option(
    '--holdout43 <dir>',
    'forty-third held-out real documents folder (the cryptography notes of fastd as reStructuredText source and one as Sphinx HTML, citing by bracketed word labels such as [SEB09]_ and [BBJ+08] into labelled bibliographies)',
    HOLDOUT_43_DIR,
  )
  .option(
    '--holdout41 <dir>',
    'forty-first held-out real documents folder (a manual in Word HTML citing by bracketed author–year labels, some shortened or mistyped, into an annotated bibliography, with callouts in its numbered notes; a plain-text table whose rows end in footnote numbers)',
    HOLDOUT_41_DIR,
  )
  .option(
    '--holdout45 <dir>',
    'forty-fifth held-out real documents folder (the permute vignette as pandoc HTML, citing by author and year into its own reference list)',
    HOLDOUT_45_DIR,
  )
  .option(
    '--holdout47 <dir>',
    "forty-seventh held-out real documents folder (libdivsufsort's plain-text README citing by glued bracketed numbers in bullets)",
    HOLDOUT_47_DIR,
  )
  .option(
    '--holdout48 <dir>',
    'forty-eighth held-out real documents folder (the DBI proposal vignette as pandoc HTML citing by author and year; two X protocol specifications in plain text citing by bracketed label and by number)',
    HOLDOUT_48_DIR,
  )
  .option(
    '--holdout39 <dir>',
    'thirty-ninth held-out real documents folder (two Cython Sphinx pages in HTML and one reStructuredText source as plain text, cited by bracketed word and author–year labels)',
    HOLDOUT_39_DIR,
  )
  .option(
    '--holdout33 <dir>',
    'thirty-third held-out real documents folder (three HTML pages from Debian packages, the PyERFA refco page cited by author and year, the NTPsec kernel page and the eSpeak NG phoneme page cited by number; RFC 5334 in plain text cited by bracketed label)',
    HOLDOUT_33_DIR,
  )
  .option(
    '--holdout46 <dir>',
    'forty-sixth held-out real documents folder (Easel varint notes in Markdown cited by bracketed author and year; the kernel SCHED_DEADLINE document as reStructuredText text and Sphinx HTML cited by glued bracketed numbers into a numbered list; the kernel ORC unwinder note cited by reStructuredText footnotes)',
    HOLDOUT_46_DIR,
  )
  .option(
    '--holdout49 <dir>',
    "forty-ninth held-out real documents folder (Open ROMs' JiffyDOS notes in Markdown cited by bracketed numbers into a bullet list; LLVM's Dependence Graphs page as reStructuredText text cited by numbered footnotes; LLVM's Vectorization Plan and GitHub move proposals as Sphinx HTML cited by footnote numbers and bracketed word labels)",
    HOLDOUT_49_DIR,
  )
  .option(
    '--holdout50 <dir>',
    "fiftieth held-out real documents folder (HAProxy's PROXY protocol specification in plain text cited by bracketed numbers into a list of bare URLs; three Tcllib manual pages in doctools HTML cited by bracketed and parenthesised numbers into enumerated reference lists)",
    HOLDOUT_50_DIR,
  )
  .option(
    '--holdout51 <dir>',
    "fifty-first held-out real documents folder (BruteFIR's HTML manual citing by linked bracketed numbers into an ordered list; two SoundScape Renderer Sphinx pages citing by bracketed author-and-year labels into docutils citations)",
    HOLDOUT_51_DIR,
  )
  .option(
    '--holdout52 <dir>',
    "fifty-second held-out real documents folder (Open vSwitch's OVS-on-Hyper-V design page in Sphinx HTML citing by bracketed numbers into docutils footnotes; two DPDK programmer's guide chapters as reStructuredText text citing by bracketed word labels)",
    HOLDOUT_52_DIR,
  )
  .option(
    '--holdout53 <dir>',
    "fifty-third held-out real documents folder (two CBFlib HTML pages citing by number and by author and year, one list in loose text and one inside a <pre>; AXIOM's hand-written tutorial citing by bracketed author-and-year labels into a definition list)",
    HOLDOUT_53_DIR,
  )
  .option(
    '--holdout54 <dir>',
    "fifty-fourth held-out real documents folder (GHC's type families and functional dependencies pages as reStructuredText source citing by bracketed author-and-year labels into citations placed after the citing paragraph; Clang's control-flow integrity design and ShadowCallStack pages as reStructuredText source citing by number into a footnote and into hyperlink targets)",
    HOLDOUT_54_DIR,
  )
  .option(
    '--holdout55 <dir>',
    "fifty-fifth held-out real documents folder (Menhir's HTML reference manual citing by linked bracketed numbers into a HeVeA bibliography)",
    HOLDOUT_55_DIR,
  )
  .option(
    '--holdout56 <dir>',
    "fifty-sixth held-out real documents folder (elastix's Doxygen page for a mutual-information metric citing by bracketed numbers and a range, one after 'Mattes et al', into a References paragraph split by <br />; the Csound manual's phaser2 page citing by an author's name and a bracketed number into an ordered list)",
    HOLDOUT_56_DIR,
  )
  .option(
    '--holdout57 <dir>',
    "fifty-seventh held-out real documents folder (primecount's note on the hard special leaves as Markdown and as the pandoc HTML made of it, citing by number as links to the list's heading, and four programs by author and year as links the list does not hold)",
    HOLDOUT_57_DIR,
  )
  .option(
    '--holdout58 <dir>',
    'fifty-eighth held-out real documents folder (two GNU Radio class pages by Doxygen citing by number from parameter-table cells and description paragraphs into lists written as one paragraph; the XTEST extension library by DocBook XSL citing by bracketed author-and-year labels into an unlabelled list)',
    HOLDOUT_58_DIR,
  )
  .option(
    '--holdout59 <dir>',
    'fifty-ninth held-out real documents folder (two Boost class reference pages by BoostBook citing by author and year: the Boost.Random hyperexponential distribution, `(Allen,1990; Papadopolous et al.,1993; Trivedi,2002)` into a `References:` list and the C++ standard as `(ISO,2014,sec. 24.2.3 [input.iterators])`; the Boost.Accumulators peaks over threshold, `cf. Hosking and Wallis (1987),` into two unlabelled paragraphs)',
    HOLDOUT_59_DIR,
  )
  .option(
    '--holdout60 <dir>',
    "sixtieth held-out real documents folder (reStructuredText sources shipped as plain text: toolz's heritage page citing by bare references to labelled citations, bidict's README and tweepy's extended Tweets page citing by named and anonymous auto-numbered footnotes)",
    HOLDOUT_60_DIR,
  )
  .option(
    '--holdout61 <dir>',
    "sixty-first held-out real documents folder (the Haskell 98 Report's Random chapter citing by comma-grouped numbers `[1,4]`, ubelt's util_dict and util_platform API pages citing by labels into References rubrics, and nanopass's Markdown README citing by escaped brackets `[1, 2, 3, 4]`)",
    HOLDOUT_61_DIR,
  )
  .option(
    '--holdout62 <dir>',
    "sixty-second held-out real documents folder (VSEARCH's README, an HTML fragment citing by author and year: `Robert C. Edgar (2010)` in prose and `(Logares et al. 2014)` after link texts, into a `References` list of seven entries)",
    HOLDOUT_62_DIR,
  )
  .option(
    '--holdout63 <dir>',
    'sixty-third held-out real documents folder (three SMTP extension Internet-Drafts shipped as plain text by courier-doc, citing by number, `[1]` … `[6]`, and by bracketed label, `[RFC1425]`, `[STARTTLS]`, into `References` lists at their ends)',
    HOLDOUT_63_DIR,
  )
  .option(
    '--holdout64 <dir>',
    "sixty-fourth held-out real documents folder (libstdc++'s Policy-Based Data Structures page by the DocBook XSL stylesheets, citing `[biblio.clrs2001]` by links into a Bibliography at the page's end)",
    HOLDOUT_64_DIR,
  )
  .option(
    '--holdout65 <dir>',
    "sixty-fifth held-out real documents folder (PlDoc's manual from swi-prolog-doc, ISO-8859-1, citing by author and year in unparenthesised `<cite>` links, `Covington et al., 2012`, into a five-entry Bibliography; two mlpy API pages citing by author-and-year labels, `[Sharma07]`, `[Hoerl70]`, into citation lists with entries never cited)",
    HOLDOUT_65_DIR,
  )
  .option(
    '--holdout66 <dir>',
    "sixty-sixth held-out real documents folder (Peter Gutmann's 1996 USENIX paper on secure deletion, plain text shipped by secure-delete, citing by number, `[1] [2]` / `[3],`, into a `References` list of 28 entries)",
    HOLDOUT_66_DIR,
  )
  .option(
    '--holdout67 <dir>',
    "sixty-seventh held-out real documents folder (libxmp's plain-text note on XMP_FLAGS_FIXLOOP and the t-digest PostgreSQL extension's Markdown README, citing by number, `[1]` … `[4]`, into lists of `[n]` entries at their ends; isomath's reStructuredText manual shipped as text, citing by label, `[typefaces]_`, `[tr25]_`, into thirteen `.. [label]` citations)",
    HOLDOUT_67_DIR,
  )
  .option(
    '--holdout68 <dir>',
    'sixty-eighth held-out real documents folder (two plain-text arXiv papers shipped by python3-pattern as example texts, ISO-8859-1, citing by author and year, `(Gumperz, 1982)`, `Vyas et al. (2014)`, `Amelunxen et al. (2014, App. C.4)`, into unnumbered References lists)',
    HOLDOUT_68_DIR,
  )
  .option(
    '--holdout69 <dir>',
    "sixty-ninth held-out real documents folder (libst-dev's hand-written HTML paper on State Threads, citing `[Reference 1]` … `[Reference 7]` into a numbered References list continued by two uncited further resources; Xen's pandoc HTML design note on Xenstore migration, citing `[1]` … `[4]` mostly from table cells into notes of URLs; sgt-puzzles' Halibut text manual, citing `[1]` … `[22]` into footnotes of bare URLs that follow their paragraphs chapter by chapter)",
    HOLDOUT_69_DIR,
  )
  .parse();

const options = program.opts<{
  format: string;
  limit?: number;
  json?: string;
  failures?: number;
  fieldFailures?: number;
  corpus: string;
  web: string;
  holdout: string;
  holdout2: string;
  holdout3: string;
  holdout4: string;
  holdout5: string;
  holdout6: string;
  holdout7: string;
  holdout8: string;
  holdout9: string;
  holdout10: string;
  holdout11: string;
  holdout12: string;
  holdout13: string;
  holdout14: string;
  holdout15: string;
  holdout16: string;
  holdout17: string;
  holdout18: string;
  holdout19: string;
  holdout20: string;
  holdout21: string;
  holdout22: string;
  holdout23: string;
  holdout24: string;
  holdout25: string;
  holdout26: string;
  holdout27: string;
  holdout28: string;
  holdout29: string;
  holdout30: string;
  holdout31: string;
  holdout32: string;
  holdout34: string;
  holdout35: string;
  holdout36: string;
  holdout37: string;
  holdout38: string;
  holdout40: string;
  holdout42: string;
  holdout43: string;
  holdout44: string;
  holdout41: string;
  holdout45: string;
  holdout47: string;
  holdout48: string;
  holdout39: string;
  holdout33: string;
  holdout46: string;
  holdout49: string;
  holdout50: string;
  holdout51: string;
  holdout52: string;
  holdout53: string;
  holdout54: string;
  holdout55: string;
  holdout56: string;
  holdout57: string;
  holdout58: string;
  holdout59: string;
  holdout60: string;
  holdout61: string;
  holdout62: string;
  holdout63: string;
  holdout64: string;
  holdout65: string;
  holdout66: string;
  holdout67: string;
  holdout68: string;
  holdout69: string;
}>();
const formats = options.format.split(',').map((f) => f.trim()) as EvalFormat[];
const unknown = formats.filter((f) => !EVAL_FORMATS.includes(f));
if (unknown.length > 0)
  program.error(`unknown format: ${unknown.join(', ')} (use ${EVAL_FORMATS.join(', ')})`);

const sources = await loadJatsSources(options.corpus, options.limit);
const articles = sources.map((s) => s.article);
const rows: GroupSummary[] = [];
const failures: string[] = [];
/** Up to --failures wrong paragraphs of a group, each with its article, for reading what went wrong. */
const noteFailures = (label: string, results: { id: string; result: RenderingResult }[]) => {
  const lines = results.flatMap(({ id, result }) =>
    result.status === 'scored'
      ? result.diffs.map(
          (d) => `  ${id}: +[${d.extra.join(',')}] -[${d.missing.join(',')}] ${d.text.slice(0, 140)}`,
        )
      : [`  ${id}: refused (${result.code}) ${result.message.slice(0, 140)}`],
  );
  // A format with no reader yet has one reason for every article: the table already says it.
  const unsupported = results.every(
    ({ result }) => result.status === 'refused' && result.code === 'unsupported_format',
  );
  if (options.failures && lines.length > 0 && !unsupported)
    failures.push(`${label}:`, ...lines.slice(0, options.failures));
};
for (const format of formats) {
  const byStyle = new Map<string, { id: string; result: RenderingResult }[]>();
  for (const article of articles) {
    const result = await evaluateRendering(article, format, await RENDERERS[format](article));
    byStyle.set(article.style, [...(byStyle.get(article.style) ?? []), { id: article.id, result }]);
  }
  for (const style of ['numeric', 'author-date']) {
    const results = byStyle.get(style);
    if (!results) continue;
    rows.push(
      summary(
        aggregate(
          format,
          style,
          results.map((r) => r.result),
        ),
      ),
    );
    noteFailures(`${format} ${style}`, results);
  }
}
/** A folder of hand-labelled cases, one row per format it holds, under the given group name. */
const scoreWebGroup = async (dir: string, group: string) => {
  const cases = (await loadWebCorpus(dir)).filter((c) => formats.includes(c.format));
  for (const format of formats) {
    const ofFormat = cases.filter((c) => c.format === format);
    if (ofFormat.length === 0) continue;
    const results = await Promise.all(
      ofFormat.map(async (c) => ({ id: c.file, result: await evaluateWebCase(c) })),
    );
    rows.push(
      summary(
        aggregate(
          format,
          group,
          results.map((r) => r.result),
        ),
      ),
    );
    noteFailures(`${format} ${group}`, results);
  }
};
await scoreWebGroup(options.web, 'web');
await scoreWebGroup(options.holdout, 'held-out');
await scoreWebGroup(options.holdout2, 'held-out 2');
await scoreWebGroup(options.holdout3, 'held-out 3');
await scoreWebGroup(options.holdout4, 'held-out 4');
await scoreWebGroup(options.holdout5, 'held-out 5');
await scoreWebGroup(options.holdout6, 'held-out 6');
await scoreWebGroup(options.holdout7, 'held-out 7');
await scoreWebGroup(options.holdout8, 'held-out 8');
await scoreWebGroup(options.holdout9, 'held-out 9');
await scoreWebGroup(options.holdout10, 'held-out 10');
await scoreWebGroup(options.holdout11, 'held-out 11');
await scoreWebGroup(options.holdout12, 'held-out 12');
await scoreWebGroup(options.holdout13, 'held-out 13');
await scoreWebGroup(options.holdout14, 'held-out 14');
await scoreWebGroup(options.holdout15, 'held-out 15');
await scoreWebGroup(options.holdout16, 'held-out 16');
await scoreWebGroup(options.holdout17, 'held-out 17');
await scoreWebGroup(options.holdout18, 'held-out 18');
await scoreWebGroup(options.holdout19, 'held-out 19');
await scoreWebGroup(options.holdout20, 'held-out 20');
await scoreWebGroup(options.holdout21, 'held-out 21');
await scoreWebGroup(options.holdout22, 'held-out 22');
await scoreWebGroup(options.holdout23, 'held-out 23');
await scoreWebGroup(options.holdout24, 'held-out 24');
await scoreWebGroup(options.holdout25, 'held-out 25');
await scoreWebGroup(options.holdout26, 'held-out 26');
await scoreWebGroup(options.holdout27, 'held-out 27');
await scoreWebGroup(options.holdout28, 'held-out 28');
await scoreWebGroup(options.holdout29, 'held-out 29');
await scoreWebGroup(options.holdout30, 'held-out 30');
await scoreWebGroup(options.holdout31, 'held-out 31');
await scoreWebGroup(options.holdout32, 'held-out 32');
await scoreWebGroup(options.holdout33, 'held-out 33');
await scoreWebGroup(options.holdout34, 'held-out 34');
await scoreWebGroup(options.holdout35, 'held-out 35');
await scoreWebGroup(options.holdout36, 'held-out 36');
await scoreWebGroup(options.holdout37, 'held-out 37');
await scoreWebGroup(options.holdout38, 'held-out 38');
await scoreWebGroup(options.holdout39, 'held-out 39');
await scoreWebGroup(options.holdout40, 'held-out 40');
await scoreWebGroup(options.holdout41, 'held-out 41');
await scoreWebGroup(options.holdout42, 'held-out 42');
await scoreWebGroup(options.holdout43, 'held-out 43');
await scoreWebGroup(options.holdout44, 'held-out 44');
await scoreWebGroup(options.holdout45, 'held-out 45');
await scoreWebGroup(options.holdout46, 'held-out 46');
await scoreWebGroup(options.holdout47, 'held-out 47');
await scoreWebGroup(options.holdout48, 'held-out 48');
await scoreWebGroup(options.holdout49, 'held-out 49');
await scoreWebGroup(options.holdout50, 'held-out 50');
await scoreWebGroup(options.holdout51, 'held-out 51');
await scoreWebGroup(options.holdout52, 'held-out 52');
await scoreWebGroup(options.holdout53, 'held-out 53');
await scoreWebGroup(options.holdout54, 'held-out 54');
await scoreWebGroup(options.holdout55, 'held-out 55');
await scoreWebGroup(options.holdout56, 'held-out 56');
await scoreWebGroup(options.holdout57, 'held-out 57');
await scoreWebGroup(options.holdout58, 'held-out 58');
await scoreWebGroup(options.holdout59, 'held-out 59');
await scoreWebGroup(options.holdout60, 'held-out 60');
await scoreWebGroup(options.holdout61, 'held-out 61');
await scoreWebGroup(options.holdout62, 'held-out 62');
await scoreWebGroup(options.holdout63, 'held-out 63');
await scoreWebGroup(options.holdout64, 'held-out 64');
await scoreWebGroup(options.holdout65, 'held-out 65');
await scoreWebGroup(options.holdout66, 'held-out 66');
await scoreWebGroup(options.holdout67, 'held-out 67');
await scoreWebGroup(options.holdout68, 'held-out 68');
await scoreWebGroup(options.holdout69, 'held-out 69');

process.stdout.write(`${reportTable(rows)}\n`);
process.stdout.write(
  'P, R, F1: (paragraph, reference) citation pairs, pooled; exact %: citing paragraphs whose set is exactly right;\n' +
    'claims/paras: claims that cite / truth paragraphs that cite; refs: entries found / listed; base F1: one-regex baseline.\n',
);
process.stdout.write(`\n${await sentenceReport(articles)}\n`);
if (failures.length > 0)
  process.stdout.write(`\nWrong paragraphs (+found, not true; -true, not found):\n${failures.join('\n')}\n`);

// Reference fields do not depend on the format: each entry is read as a text list prints it.
const fields = await runFields(sources, options.fieldFailures ?? 0);
process.stdout.write(
  `\nReference fields, each entry against its JATS tags:\n${fieldsTable(fields.groups)}\n`,
);
process.stdout.write(
  'entries: entries whose tags state the field; exact %: read exactly (docs/accuracy.md, "Reference fields").\n',
);
if (fields.failureLines.length > 0)
  process.stdout.write(
    `\nWrong reference fields (want «tagged» got «read»):\n${fields.failureLines.join('\n')}\n`,
  );
if (options.json) {
  const json = { date: new Date().toISOString(), rows, referenceFields: fields.groups };
  await writeFile(options.json, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`figures written to ${options.json}\n`);
}
