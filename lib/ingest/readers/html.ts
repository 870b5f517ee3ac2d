import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { lettersOnly } from '@/lib/text/words';
import { calloutFinder } from '../callouts';
import type { SourceBlock, SourceDocument, SourceReference } from '../document/source-document';
import { ArticleParseError } from '../errors';
import { hasBracketMarker } from '../markers';
import { isListHeading } from '../reference-list';
import { lowerCaseAttributeNames } from './html-attribute-case';
import { readHtmlTree } from './html-blocks';
import { inlineCslEntryParts } from './html-csl-entries';
import { checkHtmlDepth } from './html-depth';
import { anchorsIn } from './html-element';
import { spellOutInitialLists } from './html-initial-lists';
import { wrapInPageLinkRuns } from './html-link-runs';
import { repairListItems } from './html-list-items';
import { wrapLooseDefinitions } from './html-loose-definitions';
import { dropPermalinks } from './html-permalinks';
import { spellOutPreformattedDocuments } from './html-preformatted-documents';
import { spellOutPreformattedProse } from './html-preformatted-prose';
import { placeOnHtmlLines } from './html-source-lines';
import { footnotesAsReferences } from './markdown-note-references';

/**
 * An HTML page: parsed by linkedom (entities decoded), its main content taken from <article> or
 * <main>, or, on a page that marks neither, found by Readability (the reader view of Firefox),
 * which scores the whole page and is the slow part (docs/decisions/020-format-readers.md). The
 * blocks, callouts and reference list are read by the walker shared with the Word reader.
 */
export function readHtml(html: string): SourceDocument {
  const read = withNotesAsReferences(readPage(html));
  // A page with no body, or a body with no text in it, has nothing to read: refused, as a Word
  // document with no text is, rather than saved as an article of nothing.
  if (read.blocks.length === 0 && (read.references ?? []).length === 0)
    throw new ArticleParseError('empty', ['The web page has no text: no <body>, or nothing in it.']);
  return { format: 'html', ...placeOnHtmlLines(html, read) };
}

/**
 * A page with no list of its own whose footnotes name works (Pandoc's, kramdown's or DocBook's
 * notes holding entries or addresses): the notes are its list, as a Markdown file's are
 * (markdown-note-references.ts). Notes that are remarks stay notes.
 */
function withNotesAsReferences(read: Omit<SourceDocument, 'format'>): Omit<SourceDocument, 'format'> {
  if (read.references !== null && read.references.length > 0) return read;
  const fromNotes = footnotesAsReferences(read.blocks);
  return fromNotes ? { ...read, ...fromNotes } : read;
}

function readPage(html: string): Omit<SourceDocument, 'format'> {
  checkHtmlDepth(html);
  const document = parsePage(html);
  lowerCaseAttributeNames(document.documentElement);
  spellOutInitialLists(document.documentElement);
  wrapLooseDefinitions(document.documentElement);
  repairListItems(document.documentElement);
  inlineCslEntryParts(document.documentElement);
  wrapInPageLinkRuns(document.documentElement);
  dropPermalinks(document.documentElement);
  spellOutPreformattedProse(document.documentElement);
  spellOutPreformattedDocuments(document.documentElement);
  // A page with no <title> (a fragment) is named by its first <h1>, which Readability may drop.
  const pageTitle =
    document.querySelector('title')?.textContent?.trim() ||
    document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ||
    null;
  const main = document.querySelector('article') ?? document.querySelector('main');
  if (main) return readHtmlTree(main, pageTitle);
  const page = document.documentElement;
  // All that the page read whole gives is taken before Readability, which rewrites this same
  // tree: one parse of the page, not two.
  const all = readHtmlTree(page, pageTitle);
  const pageText = paragraphText(page);
  const pageHasListHeading = hasListHeading(page);
  const pageIds = anchorsIn(page);
  const content = mainContent(document);
  const whole =
    content === null ||
    paragraphText(content) < MIN_KEPT * pageText ||
    (pageHasListHeading && !hasListHeading(content)) ||
    lostCitationTargets(pageIds, content);
  if (whole) return all;
  // Readability also drops single elements it scores as links (an entry that is a title and a
  // URL), and short sections whose links outweigh their text, citing paragraph and all: the page
  // read whole keeps them, and wins when the content lost one.
  const kept = readHtmlTree(content, pageTitle);
  const lost =
    lostEntries(all.references ?? [], kept.references ?? []) ||
    lostCitingBlocks(all.blocks, kept.blocks, all.references ?? []);
  return lost ? all : kept;
}

/**
 * The page's document. A fragment with no <html> element (Pandoc without --standalone, a CMS
 * export) is a page a browser shows whole, in the <body> it implies; linkedom makes its first
 * element the root and leaves the rest outside, so it is parsed again inside a body.
 */
function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.tagName === 'HTML') return document;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

/**
 * Whether the main content lost an entry the whole page lists: fewer entries, or an entry whose
 * words it does not hold (Readability may drop one entry and split another into two).
 */
function lostEntries(page: readonly { raw: string }[], kept: readonly { raw: string }[]): boolean {
  if (page.length > kept.length) return true;
  const keptEntries = new Set(kept.map((e) => lettersOnly(e.raw)));
  // Only an entry not kept whole is looked for in the text of all kept: one pass, not one per entry.
  const split = page.map((e) => lettersOnly(e.raw)).filter((e) => !keptEntries.has(e));
  if (split.length === 0) return false;
  const keptText = [...keptEntries].join(' ');
  return split.some((e) => !keptText.includes(e));
}

/**
 * Whether the content lost a block of the page that calls out a listed entry, or, on a page with
 * no list, one that cites by bracketed number. Only blocks the
 * content does not hold word for word are read for callouts, so a page whose content kept
 * everything costs one pass over its blocks.
 */
function lostCitingBlocks(
  page: readonly SourceBlock[],
  kept: readonly SourceBlock[],
  references: readonly SourceReference[],
): boolean {
  // Both trees are read by one walker, so a kept block has the same text: only the rest are
  // compared by their letters (Readability may have dropped an element inside one).
  const keptText = new Set(kept.map((b) => b.text));
  const unmatched = page.filter(
    (b) =>
      (b.kind === 'paragraph' || b.kind === 'bullet' || b.kind === 'numbered' || b.kind === 'table-row') &&
      !keptText.has(b.text),
  );
  if (unmatched.length === 0) return false;
  const keptLetters = new Set(kept.map((b) => lettersOnly(b.text)));
  const missing = unmatched.filter((b) => !keptLetters.has(lettersOnly(b.text)));
  if (missing.length === 0) return false;
  // No list found: a lost block citing by bracketed number may cite one found later in the text
  // (works labelled "[1] …" under no heading, unheaded-entries.ts), as a class page's parameter
  // table cites the entries its description ends with.
  if (references.length === 0) return missing.some((b) => hasBracketMarker(b.text));
  const listed = new Set(references.map((r) => r.number));
  const find = calloutFinder(references, page);
  return missing.some(
    (b) =>
      b.citations?.some((c) => c.targets.some((n) => listed.has(n))) ||
      find(b.text).some((m) => m.numbers.some((n) => listed.has(n))),
  );
}

/**
 * The share of the page's paragraph text the main content must keep. Readability picks one
 * container; on a page split into many sibling sections (R Markdown, Jupyter exports) it can pick
 * one section and lose the rest, references included. A blog's navigation and footers hold little
 * paragraph text, so its article keeps far more than this.
 */
const MIN_KEPT = 0.6;

/** Whether a heading names a reference list: main content that loses it loses every entry. */
function hasListHeading(root: Element): boolean {
  for (const h of root.querySelectorAll('h1, h2, h3, h4, h5, h6, p.rubric, [role="heading"]')) {
    if (isListHeading((h.textContent ?? '').trim())) return true;
  }
  return false;
}

const CITATION_LINKS =
  'a.footnote-reference, a.citation-reference, a[role="doc-noteref"], a[role="doc-biblioref"], a[href^="#ref"], a[href^="#cite"], a[href^="#bib"], a[href^="#ftn."], a[href^="#_ftn"], a[href^="#_edn"]';

/** Whether the content kept citation links but lost the entries they point to (Readability drops <aside>). */
function lostCitationTargets(pageIds: ReadonlySet<string>, content: Element): boolean {
  const kept = anchorsIn(content);
  for (const link of content.querySelectorAll(CITATION_LINKS)) {
    const id = (link.getAttribute('href') ?? '').slice(1);
    if (pageIds.has(id) && !kept.has(id)) return true;
  }
  return false;
}

function paragraphText(root: Element): number {
  let length = 0;
  for (const p of root.querySelectorAll('p')) length += (p.textContent ?? '').trim().length;
  return length;
}

/**
 * The most elements Readability is asked to score. Its scoring grows faster than the page: on
 * link-dense pages (a manual's index of 21,600 elements, 600 KB) it took 1.3 to 1.7 s alone, five
 * times the rest of the reading. A page larger than this is read whole, as a page Readability
 * finds no content in is (navigation, headers, footers and forms are dropped either way); on the
 * corpus's pages above it (4,800 and 11,300 elements) that changes no citation and only how a
 * few captions and formulas split into claims (docs/decisions/044-large-pages-read-whole.md).
 * Readability's own maxElemsToParse cannot be used: it counts with getElementsByTagName('*'),
 * which linkedom answers with nothing.
 */
const MAX_SCORED_ELEMENTS = 4000;

/**
 * Readability's main content, or null when it finds none (or the page defeats it). Readability
 * rewrites the document it is given, so it runs after all else is read from it, and hands the
 * content back as the element itself: a string of it would only be parsed again.
 */
function mainContent(document: Document): Element | null {
  if (document.querySelectorAll('*').length > MAX_SCORED_ELEMENTS) return null;
  try {
    const article = new Readability<Element>(document, {
      keepClasses: true,
      serializer: (node) => node as Element,
    }).parse();
    return article?.content ?? null;
  } catch {
    return null; // a page nested too deep for Readability's recursion: read it whole
  }
}
