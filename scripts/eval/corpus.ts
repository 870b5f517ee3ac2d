import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { glob } from 'tinyglobby';
import { jatsTruth } from './truth/jats-truth';
import type { TruthArticle } from './truth/truth-article';

export const JATS_DIR = 'eval/corpus/jats';
export const WEB_DIR = 'eval/corpus/web';
/** Real pages the readers were never tuned on: scored apart, so fixes made on the web group cannot inflate them. */
export const HOLDOUT_DIR = 'eval/corpus/web-holdout';
/** A second held-out set from other packages and generators, drawn once the first had been used for fixes. */
export const HOLDOUT_2_DIR = 'eval/corpus/web-holdout-2';
/** A third held-out set, drawn once the second had been used for fixes: other packages, generators and page shapes. */
export const HOLDOUT_3_DIR = 'eval/corpus/web-holdout-3';
/** A fourth held-out set, drawn once the third had been used for fixes: name–year citation labels, SymPy's Furo pages. */
export const HOLDOUT_4_DIR = 'eval/corpus/web-holdout-4';
/** A fifth held-out set, drawn once the fourth had been used for fixes: author–date prose in GRASS GIS manual pages and GeographicLib's Doxygen essays. */
export const HOLDOUT_5_DIR = 'eval/corpus/web-holdout-5';
/** A sixth held-out set, the first in Markdown and plain text: READMEs of fastText, Clustal Omega and GMP-ECM. */
export const HOLDOUT_6_DIR = 'eval/corpus/web-holdout-6';
/** A seventh held-out set, drawn once the sixth had been used for fixes: author–date R Markdown vignettes (BayesFactor, emmeans, posterior, pwr) and one numeric (dbscan), read as Markdown. */
export const HOLDOUT_7_DIR = 'eval/corpus/web-holdout-7';
/** An eighth held-out set, of HTML generators new to the corpus: Javadoc class pages (Apache Commons Math and Statistics), a DocBook XSL chapter of igraph's C manual and a texinfo page of the Maxima manual. */
export const HOLDOUT_8_DIR = 'eval/corpus/web-holdout-8';
/** A ninth held-out set: a Rust crate's Markdown design note with lettered numeric labels ([2a], [4b]), Qhull's hand-written FrontPage manual citing by two-digit years ([Barber et al. '96]) and three pandoc HTML R vignettes (vcdExtra) citing by author and year. */
export const HOLDOUT_9_DIR = 'eval/corpus/web-holdout-9';
/** A tenth held-out set: LASTZ's hand-written HTML manual citing by bracketed author–year links ([Harris 2007]), and two npm READMEs, one numeric ([1]) and one repeating each work in full under "**Reference:**" after each section. */
export const HOLDOUT_10_DIR = 'eval/corpus/web-holdout-10';
/** An eleventh held-out set, Markdown and plain text only: two plain-text READMEs citing by bracketed number (FASTLINK's map-function note, libexttextcat), and four R Markdown vignettes (airr, treescape, mitml, bayesm) citing by author and year into numbered, bracket-labelled and APA lists, or by footnotes (`[^1]`). */
export const HOLDOUT_11_DIR = 'eval/corpus/web-holdout-11';
/** A twelfth held-out set: two R Markdown vignettes (IsoformSwitchAnalyzeR, citing a numbered list under a bold `**Refrences**:` paragraph by `reference _10_` and by name and year; treescape, author–date into a bullet list) and four Sphinx pages (bumps, one list per section numbered across the page; CheMPS2, `[DMRGSCF1]` labels; two sasmodels model pages, `[1]` into an `<ol>` under a bold paragraph). */
export const HOLDOUT_12_DIR = 'eval/corpus/web-holdout-12';
/** A thirteenth held-out set, R packages' vignettes only: three R Markdown sources (TIgGER, numbers written as reference-style links `([[1]][1])` into a numbered list of links; two afex vignettes, author–date into a bullet list, as link text and possessive `Lin et al.'s (2020)`, CRLF line ends) and three vignettes rendered to HTML by pandoc (cmstatr, unlinked `[1]` into a numbered csl-bib-body; Amelia and DoseFinding, author–date into a `refs` list). */
export const HOLDOUT_13_DIR = 'eval/corpus/web-holdout-13';
/** A fourteenth held-out set, two READMEs citing by author and year: CodonW's plain-text note on codon usage indices (CRLF, hard-wrapped, `(Sharp and Li 1987)`, `(Stenico et al. 1994)`) into an unheaded list of hard-wrapped entries at its end, each index's name a line glued to the paragraph under it; mPTP's Markdown README (`(Zhang et al. 2013)`, `(Gulek et al.` wrapped before `2010)`) into a bullet list under `# References`. */
export const HOLDOUT_14_DIR = 'eval/corpus/web-holdout-14';
/** A fifteenth held-out set, Sphinx pages and a README citing by number and by name and year: QuTiP's two project-idea pages (docutils footnotes shown as bare numbers, `(1, 2, 3)`, `Refs. 4, 5`, in a `<dl class="footnote brackets">`, one entry turned into an `<ol start="19">` by its `S. Endo`), the RDKit Book (named footnotes numbered 1 to 19 out of citing order under a `Footnotes` rubric), libpysal's `alpha_shape` API page (author–date, `(Edelsbrunner, Kirkpatrick & Seidel, 1983)` and `Edselbrunner et al. (1983)`, the one entry a definition list), and Sibelia's Markdown manual (`[1]`, `[5, 6]` into a numbered list under a setext `References`). */
export const HOLDOUT_15_DIR = 'eval/corpus/web-holdout-15';
/** A sixteenth held-out set, R Markdown vignettes and a rendered vignette citing by author and year: loo's non-factorized models vignette (`(Bürkner et al. 2020)`, `(Vehtari et al, 2017, 2019)`, the misspelt `Aneslin (1988)`, a callout after display maths in one paragraph) and its model-weights vignette (`2017a`/`2017b`, an entry written in full as a bullet in the introduction, `Geisser and Eddy (1979)` not listed), brms's phylogenetics vignette (`(de Villemeruil & Nakagawa, 2014)`) and missing-values vignette (Pandoc footnotes that are remarks, before a `## References` list), and loo's pandoc-rendered example vignette (link-text callouts `Gabry et al (2018)` for an entry of 2019, two works written in full in a loose bullet list). */
export const HOLDOUT_16_DIR = 'eval/corpus/web-holdout-16';
/** A seventeenth held-out set, plain text, Markdown and texinfo HTML, by number and by author and year: pftools' generalised profile syntax (a 1997 plain-text manual with `<PAGE>` breaks, `[1]`, `[6,7]`, callouts in dash-bullet items, a numbered `REFERENCES` list with no brackets and a citing note after it), approx-string-match's README (`[1]`, `[3]`, `[2]` into a `## References` list of bracketed labels with links wrapped over lines), and two R manuals rendered by texinfo (R Data Import/Export and An Introduction to R: `Becker, Chambers & Wilks (1988, Chapter 9)`, `Bowman et al. 1996 and Kline and Kline 2001` without brackets, `(based on Chambers & Hastie, 1992, p.29)`, works named by title and author without a year, an appendix list of `<p>` entries before footnotes that are remarks). */
export const HOLDOUT_17_DIR = 'eval/corpus/web-holdout-17';
/** An eighteenth held-out set, plain text and generated HTML, by number: IRAF fitsutil's ricepack help page (lroff requests in plain text, `(see [1])`, `standard[3]` glued to its word, a `REFERENCES` list of three bare URLs labelled `[1]` to `[3]`, `[Output]` in a parameter) and four VLFeat pages (three MATLAB function pages whose `REFERENCES` heading is the last term of an options definition list, `[2]` at the ends of option descriptions, defaults in brackets `[1]`, `[5]`, `[0,1]`; a tutorial page whose list is a `<ul>` of `[n]` items and whose callouts are `<a href="#ref1">[1]</a>` links). */
export const HOLDOUT_18_DIR = 'eval/corpus/web-holdout-18';
/** A nineteenth held-out set, LaTeX2HTML, by author and year: melting's manual, one page of 241 KB (callouts with no links and no brackets, `(from von Ahsen et al. 2001, Marmur 1962, Chester and al. 1993)`, in `<dd>` descriptions of method names, `Allawi and SantaLucia (1998)` alone in the `Article` cell of a table row whose next cell gives the journal, names misspelt (`Mathiews`, `Kierzeck`, `O'tool`, `SanLucia`) and a year wrong (`Frank-Kamenetskii 2001` for 1971), a `Bibliography` of 62 entries labelled `1` to `62` in a `<dl compact>`). */
export const HOLDOUT_19_DIR = 'eval/corpus/web-holdout-19';
/** A twentieth held-out set, plain text and Markdown, by number and by title: RandomX's design document as Debian ships it rendered to plain text (`[1]` to `[30]`, `[4, 5]`, callouts ending dash bullets and nested bullets, `μop cache [6]`, a pandoc simple table whose `source` column holds `[24]` to `[26]`, `execution time [cycles]` and `[0.001, 0.9990]` that cite nothing, a `References` list of `[n] title -` / URL entries), AutoClass C's `read-me.text` (a `.text` file citing two works only by their quoted titles, into a `REFERENCES:` list of eleven unlabelled entries, two of them with no blank line between), and two of primecount's Markdown notes (`[[1]](#references)` and `[[4]](#References)` link callouts, TeX maths, `[ 1, 7, 11, 13, 17, 19, 23, 29 ]` in the prose, a `# References` list numbered `1.` to `8.`). */
export const HOLDOUT_20_DIR = 'eval/corpus/web-holdout-20';
/** A twenty-first held-out set, HTML generated by Macaulay2's own documentation builder, by bracketed label: five package pages (KustinMiller's `[1]` … `[7]` with lead-in paragraphs `For constructing new varieties see for example:` between the entries; HodgeIntegrals' `[HM]`, `[AC] and [M]` with `[M]` not listed and `[V]` never cited; MultiplicitySequence's `[AM97]`, `[PTUV20, SH06]` into a `<ul>`; ResolutionsOfStanleyReisnerRings' `[AR,GS,HM,S]` and a citing paragraph after the list; ToricInvariants' `[1,2]` into a list held in one `<p>` split by a literal `\break`), and a Certification paragraph naming the package's own article by title. */
export const HOLDOUT_21_DIR = 'eval/corpus/web-holdout-21';
/** A twenty-second held-out set, plain text and pod2html HTML, by author and year: two PAML example READMEs by Ziheng Yang (CRLF; `(Yang 1998)`, `(Yang and Nielsen 2002; Yang et al. 2005; Zhang et al. 2005)`, `Yang & Swanson (2002 table 5)`, `Zhang et al. (2005; table 5)`, `lysozyme data set of Messier and Stewart (1997)` not listed, file names `lysinYangSwanson2002.nuc`; a `References` list of four entries `Yang, Z. 1998. …`), SEG's man page as plain text (`(Wootton & Federhen, 1993)`, `(see Altschul et al, 1994)`, `equation (3) of Wootton & Federhen (1993)`, a list split by the headings `PRIMARY REFERENCE` and `OTHER REFERENCES` underlined with dashes), the Astronomical Almanac program's 1987 `read.me` (CRLF; `(Stephenson and Houlden, 1986; Borkowski, 1988)`, `Williams (1994)`, a 21-entry `References` list whose years close the entry, names with no year such as `Chapront-Touze' and Chapront`), and libcerf's w_of_z page (pod2html; `Gautschi (1970) and Poppe & Wijers (1990)` in paragraphs under the `REFERENCES` heading before the entries, `the Poppe & Wijers expansion` with no year). */
export const HOLDOUT_22_DIR = 'eval/corpus/web-holdout-22';
/** A twenty-third held-out set, plain text and Sphinx HTML, by bracketed label and by number, from network simulation and cryptography: two reStructuredText sources as Debian ships them (`_sources/*.rst.txt`), Botan's side-channel notes (word labels `[RsaFault]`, `[MillionMsgTiming]`, `([InvalidCurve] [InvalidCurveTLS])`, `broken. [VersionOracle].`, `[TlsCbcOracle]` not listed, a `References` list of `[Label] Authors "Title"` entries with URLs in parentheses) and ns-3's UAN chapter (`[1]_`, `[2]_ [4]_` footnote references, `.. [n]` entries under `References` in mid-document before `Usage`, two works written out whole in the body that the list lacks, `[TODO insert figure]`), and three ns-3 model pages rendered by Sphinx (docutils citations `[Balanis]`, `[R4-092042a]`, `([Cake16])`, `[ieee1609dot4]`; a numeric label `[38901]` made a footnote in an `<aside>` between two citation lists; a list with no heading; a bare `[saej2735]` left as text, not a link). */
export const HOLDOUT_23_DIR = 'eval/corpus/web-holdout-23';
/** A twenty-fourth held-out set, Markdown, by author and year: four R Markdown vignettes kept as `.md`, three of them CRLF (clubSandwich's meta-analysis vignette, `Tipton (2015) and Tipton and Pustejovsky (2015)`, `Sandra Jo Wilson and colleagues (2011)`, `(Fisher & Tipton, 2015)` into an APA list with a line of two spaces between entries; clubSandwich's panel-data vignette, `(Angrist and Pischke, 2009, point out this issue …; see also Young, 2016)` and `Angrist and Pischke (2014)` for two entries of the same authors, names without years, `["legal","df_Satt"]` in inline R code; ctmcd's guide, `("DA", Israel et al., 2001)` and `the method of Oakes, 1999` with no brackets, into a list right under its heading of `M. Bladt and M. Soerensen: _Title._ Journal …, 2005` entries with the year last, one out of alphabetical order; qqconf's introduction, `(Kolmogorov 1941; Smirnov 1944)` and the misspelt `(Rousseeuw, Crow 1993)`, into a bullet list whose every entry is wrapped in square brackets). */
export const HOLDOUT_24_DIR = 'eval/corpus/web-holdout-24';
/** A twenty-fifth held-out set, pandoc (R Markdown) HTML vignettes, by author and year (Chicago style, no comma before the year): two MatchIt vignettes (`Ho et al. (2007)`, `Stuart (2010) and Austin (2011)`, `(King and Nielsen 2019; Rubin 1973)`, `(DuGoff, Schuler, and Stuart 2014; Austin, Jembere, and Chiu 2016; Lenis et al. 2019)`, a sample write-up in a `<blockquote>`, footnote numbers glued to words `matching1`, `Austin (2009)` in a comment of an R code block and not listed), destiny's main vignette (`Haghverdi, Buettner, and Theis (2015)` three times in one paragraph set, `Guo et al. (2010)` five times, `provided by Guo et al.` with no year) and fishpond's SEESAW vignette (2.2 MB of inline images; `Wu et al. (2022) doi: 10.1101/…`, `(Li and Tibshirani 2011)` inside a parenthesis of prose). */
export const HOLDOUT_25_DIR = 'eval/corpus/web-holdout-25';
/** A twenty-sixth held-out set, generated HTML and one JATS file, by number: two SLICOT routine pages (upper-case HTML 3 with no doctype, every section a `<PRE>` block under a bold `<A name>` title, `[Method]` `[References]` navigation links in brackets, callouts inside Fortran argument descriptions, `Lin-Chiu [2,3]`, `references [1] and [2]`, a `(see [3])` after the list, `SUM [LAMBDA**(2(n-k)) * EOUT(k)**2]` in a formula), IT++'s Doxygen page of its Sort class (`Introsort [1,2]:` in `<li>` items, a `<p>References:</p>` paragraph over a `<ul>` of bare URLs, Doxygen's `References itpp::Vec…` code cross-reference lines below), and an eLife article as Texture re-serialised it (JATS with `<xref ref-type="bibr">` whose text Texture renumbered by first citation, `[3-9]`, `[10-14,16]`, `[24,26,27]`, so that the numbers shown disagree with the places of an unlabelled, alphabetical `<element-citation>` list). */
export const HOLDOUT_26_DIR = 'eval/corpus/web-holdout-26';
/** A twenty-seventh held-out set, Markdown READMEs as shipped in npm packages, by number and by author and year: louvain's (`can be found in [1].`, `presented in [2].` into two `[n] Fortunato, Santo. …` paragraphs under no heading), jLouvain's (the same prose and list, its lines broken by bare carriage returns, the first entry run on after the paragraph that cites the second, `##Usage` with no space), quadprog's (`Goldfarb and Idnani (1982, 1983)` into a setext `References` list of two author–year paragraphs, CRLF line ends) and jsCAT's (`Reference software: mirt (Chalmers, 2012)` with an image on the next line, `(Magis et al., 2017)` for a two-author entry, a `## References` bullet list of three, and the package's own paper written out under `## Citation` after the list). */
export const HOLDOUT_27_DIR = 'eval/corpus/web-holdout-27';
/** A twenty-eighth held-out set, plain text and Sphinx HTML, by number and by bracketed label or year: two READMEs as Debian ships them (king-probe's README.probe, `atoms [1];` and `found in [1] and` / `[2].` after the list, into a `REFERENCES` list of `1) Word, et. al. (1999) …` entries with no brackets, command lines with `[-flags]`, `["pattern2"]`, `[>>outfile]`; Konclude's Readme, one paragraph a line, `[1]` to `[10]` into a list of bare URLs labelled `[n]`, `(cf. [10])` before `[7]`, a callout `[2]` that the same sentence's earlier `[2]` shows to be a slip) and three PETSc manual pages rendered by Sphinx from Markdown (PCDEFLATION, `(introduced in [1,2])`, `[3]`, `[4]` into a `<ul>` whose items lost their labels, each opening `**** -***`; PCFIELDSPLIT, sphinxcontrib-bibtex labels `[Wes09]`, `[EHS+08]`, `[Ari13]` into a `<dl class="citation">` sorted by label, not by first use, MathJax `\left[` blocks; PCHPDDM, year labels `[2011, 2019]`, `[2021]`, `cf. [2011, 2013]` into a list of `2011 -`, `2022a -`, `2022b -` items). */
export const HOLDOUT_28_DIR = 'eval/corpus/web-holdout-28';
/** A twenty-ninth held-out set, Javadoc HTML from Maven Central's `-javadoc.jar` files of four scientific Java libraries, by number and by bracketed label: Orekit's Geoid class page (`potential.[3](eq. 2-137)`, `geoid[1]:`, `improvement.[1,2]` glued to the word or full stop before them, in `<li>` items, into an `<ol>` of six unlabelled entries under a loose `<p> References:`), JTS's MinimumClearance (`[TV06]`, `[Mi88]` into a `<ul>` of `[Mi88] …` items under an `<h3>References</h3>` inside the class comment), MOEA Framework's MSOPSRankedPopulation (javadoc 17; `In the original paper, [1], E. Hughes recommends`, `(similar to [2])`, a callout between commas before the author's name, into an `<ol>` under a loose `References:` whose second entry is a bare `Matlab source code available from` URL), and two Weka pages (StringKernel's `described in [1]` and `[2]` into two unlabelled entries after `For more information, see<br/>`, split by `<br/>`, with a BibTeX `<pre>` after them, `<h1>Theory</h1>` inside the class comment and callouts after the list, in a field summary cell and in method details; BVDecomposeSegCVSub's `specified in (1)`, `(2)`, `(3)` in parentheses into three unlabelled entries, and `the Kohavi and Wolpert definition` with no year in method pages). */
export const HOLDOUT_29_DIR = 'eval/corpus/web-holdout-29';

/** A JATS file of the corpus: its truth and its bytes, which the app's own JATS reader is given. */
export interface JatsSource {
  article: TruthArticle;
  xml: Uint8Array;
}

/** The JATS corpus with its files' bytes, in a stable order (folder, then file name). */
export async function loadJatsSources(
  dir = JATS_DIR,
  limit = Number.POSITIVE_INFINITY,
): Promise<JatsSource[]> {
  const files = (await glob(['**/*.xml', '**/*.nxml'], { cwd: dir, absolute: true })).sort();
  // --limit takes the first N of each folder, so both styles stay in a short run.
  const perFolder = new Map<string, number>();
  const chosen = files.filter((f) => {
    const n = perFolder.get(dirname(f)) ?? 0;
    perFolder.set(dirname(f), n + 1);
    return n < limit;
  });
  return Promise.all(
    chosen.map(async (f) => {
      const xml = await readFile(f);
      const id = basename(f).replace(/\.n?xml$/, '');
      return { article: jatsTruth(new TextDecoder().decode(xml), id), xml: new Uint8Array(xml) };
    }),
  );
}

/** The JATS corpus as truth articles, in a stable order (folder, then file name). */
export async function loadJatsCorpus(
  dir = JATS_DIR,
  limit = Number.POSITIVE_INFINITY,
): Promise<TruthArticle[]> {
  return (await loadJatsSources(dir, limit)).map((s) => s.article);
}
