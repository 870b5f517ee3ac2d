import { isAlphabeticLabel } from '../alphabetic-labels';
import { namedCallouts } from '../callouts';
import {
  inCode,
  type SourceBlock,
  type SourceCitation,
  type SourceDocument,
  type SourceNoteCallout,
  type SourceReference,
} from '../document/source-document';
import { hasBracketMarker } from '../markers';
import { isListHeading, isNoteHeading, namesWork, parseEntries, referenceLike } from '../reference-list';
import { runInList } from '../run-in-list';
import { YEAR } from '../year-pattern';
import { joinCalloutRanges, type LinkedCitation } from './html-callout-ranges';
import {
  anchorsIn,
  classesOf,
  type El,
  HEADINGS,
  LISTS,
  NOTE_ANCHOR,
  NOTE_BACKLINK,
  NOTE_ID,
  tag,
} from './html-element';
import { entryNumbers } from './html-entry-numbers';
import { entryLabel, labelCallouts } from './html-label-callouts';
import {
  informalHeadingLevel,
  introducesList,
  isBoxTitle,
  labelsEntriesAfterIt,
  leadsIntoEntry,
  listNamedAfter,
  namesReferenceList,
  readsAsParagraphEntry,
  titledAsList,
  titlesNextGroup,
  unnamedNumberedList,
} from './html-list-heads';
import { holdsLooseText, wrapLooseText } from './html-loose-text';
import { afterQuantity, inMaths, isExponent, isPrescript } from './html-powers';
import { preformattedEntries } from './html-preformatted-entries';
import { linksInTextBrackets, unlinkedBracketCallouts } from './html-unlinked-callouts';

/**
 * The block walker shared by the HTML and Word readers (Word is turned into HTML by mammoth):
 * an element tree in, blocks, exact callouts and the reference list out.
 *
 * - Headings, paragraphs, list items, table rows (cells joined by " | "; a row of <th> or in
 *   <thead> is a header row) and definition terms are blocks; scripts, styles, navigation,
 *   headers, footers and forms are dropped.
 * - A Word footnote or endnote reference (mammoth's "[1]" linking to "#footnote-1") is a note
 *   callout: its bare number in the text, marked as opening that note (the note's block carries
 *   its id), so that it keeps with its sentence and cites what the note cites (outline.ts).
 * - A <sup> holding citation numbers ("1", "1,2", "3–5") and a link to a "#ref…", "#cite…" or
 *   "#bib…" anchor are exact callouts: their numbers, or the 1-based position of the entry the
 *   link points to. Two numeric callouts with a dash alone between them ("[2]–[4]" as two links)
 *   are one range (html-callout-ranges.ts). A document with no such callout leaves its blocks'
 *   callouts to the marker grammar ("[1]" in the text).
 * - The reference list: the items after a heading the plain-text reader knows as a list heading
 *   (lib/ingest/reference-list.ts), or inside an element whose id or class names one.
 * - `line` is the block's 1-based number: an HTML tree keeps no source lines.
 *
 * Every walk is iterative, so a page nested a hundred thousand elements deep costs time in
 * proportion to its size and no stack.
 */

const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'form',
  'button',
  'svg',
  'iframe',
  'head',
  'pre',
]);
/** Elements whose text is one block. */
const LEAVES = new Set(['p', 'li', 'dt', 'dd', 'figcaption', 'caption', 'tr', ...HEADINGS]);
/**
 * Elements that end a run of inline text: met inside a leaf, they are blocks of their own.
 * <center> is one too, as browsers draw it: Word's "Save as Web Page" leaves it unclosed around a
 * figure, so that it holds the rest of the document.
 */
const BLOCKS = new Set([
  ...LEAVES,
  'div',
  'center',
  'section',
  'article',
  'main',
  'aside',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'blockquote',
  'figure',
  'body',
  'html',
]);

/** Containers whose text beside their blocks is read as paragraphs of its own (html-loose-text.ts). */
const CONTAINERS_OF_TEXT = new Set([
  'div',
  'center',
  'section',
  'article',
  'main',
  'aside',
  'blockquote',
  'body',
  'li',
  'dd',
  'td',
  'th',
]);

/** Leaves whose inner <p> is a paragraph of its own; in other leaves (li, td) it only wraps the text. */
const BLOCKS_OF_ITS_OWN = new Set(['p', ...HEADINGS]);

const ANCHOR = /^#(?:ref|cite|bib)/i;
/** Elements a list item or cell may wrap its text in without it being a block of its own. */
const WRAPPERS_IN_LEAF = new Set(['p', 'div']);

/** The numbers of a superscript such as "1", "[1, 2]" or "3–5"; null when it holds anything else. */
export function supNumbers(text: string): number[] | null {
  const inner = text.trim().replace(/^\[(.*)\]$/, '$1');
  if (inner === '') return null;
  const numbers: number[] = [];
  for (const part of inner.split(',')) {
    const m = /^\s*(\d{1,4})\s*(?:[-–—]\s*(\d{1,4})\s*)?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from || to - from > 100) numbers.push(from, to);
    else for (let n = from; n <= to; n++) numbers.push(n);
  }
  return numbers;
}

/** The first few characters after an element, across the text nodes a parser may split them into. */
function textAfter(el: El, wanted = 4): string {
  let text = '';
  for (let node = el.nextSibling; node && text.length < wanted; node = node.nextSibling)
    text += node.textContent ?? '';
  return text;
}

/** The label a note opens with, its link back to the callout: "[1] ". */
const NOTE_LABEL = /^\s*\[\d{1,4}\]\s*/;

const LINKED_YEAR = new RegExp(String.raw`^\s*${YEAR}\s*$`);

/** A Word note's callout ("[1]" linking to "#footnote-1"): its number and note, or null for anything else. */
function noteCallout(el: El, href: string): { text: string; note: string } | null {
  const only = el.childNodes.length === 1 ? el.firstElementChild : null;
  const link = tag(el) === 'a' ? el : only && tag(only) === 'a' ? only : null;
  const target = link?.getAttribute('href') ?? href;
  if (!link || !NOTE_ANCHOR.test(target)) return null;
  return { text: (link.textContent ?? '').replace(/[[\]]/g, ''), note: target.slice(1) };
}

/**
 * A callout's text, numbers and anchor: a <sup> of numbers (or of one link holding them), or a
 * link to a reference anchor. Only a shallow shape is read (text, or one link of text), so nested
 * superscripts cost no second walk. A link to a Word footnote or endnote is the note's callout,
 * not a citation.
 */
function calloutOf(
  el: El,
  href: string,
): { text: string; numbers: number[] | null; anchor: string; reaches?: string } | null {
  const only = el.childNodes.length === 1 ? el.firstElementChild : null;
  const link = tag(el) === 'a' ? el : only && tag(only) === 'a' ? only : null;
  const target = link?.getAttribute('href') ?? href;
  if (NOTE_ANCHOR.test(target)) return null;
  // A link marked as a citation reference ("[1]" of Sphinx, a DPUB-ARIA noteref) cites what its
  // anchor reaches, whatever it holds: its number alone could name a note that is no entry.
  if (link && marksCitationReference(link))
    return { text: link.textContent ?? '', numbers: null, anchor: target.slice(1) };
  const holder = link ?? el;
  if ([...holder.childNodes].some((c) => c.nodeType !== 3)) return null;
  const text = holder.textContent ?? '';
  // "Wang et al., 1994, <a href="#ref-63">1997</a>": a link holding a year alone is an author–date
  // callout of the entry it reaches, not the 1997th of a numbered list.
  if (link && LINKED_YEAR.test(text) && ANCHOR.test(target))
    return { text, numbers: null, anchor: target.slice(1) };
  const numbers = supNumbers(text);
  if (numbers === null && !ANCHOR.test(target)) return null;
  // A number linking into the page reaches an anchor there: an entry's, or a note's (readHtmlTree).
  const reaches = numbers !== null && target.startsWith('#') ? { reaches: target.slice(1) } : {};
  return { text, numbers, anchor: target.slice(1), ...reaches };
}

/**
 * An in-page link holding only a number ("[<a href="#durbin1998">16</a>]", as LaTeX converters
 * write them): a callout of whatever entry holds its anchor, often an anchor inside the entry's
 * label. A link to a figure or section reaches no entry and so cites nothing.
 */
function linkedNumber(link: El, href: string): { text: string; numbers: null; anchor: string } | null {
  if ([...link.childNodes].some((c) => c.nodeType !== 3)) return null;
  const text = link.textContent ?? '';
  return supNumbers(text) === null ? null : { text, numbers: null, anchor: href.slice(1) };
}

/** Longest text of a link read as a callout of the entry it reaches: a label, names and a year. */
const MAX_LINKED_CALLOUT = 80;

/**
 * Any other in-page link, whatever it holds ("[Pearl2009]", "[R671]", "Smith et al., 2020"): a
 * callout of the entry whose anchor it reaches, as Sphinx writes citations without marking the
 * link as one. A link to a section, figure or equation reaches no entry and is dropped.
 */
function linkToEntry(
  link: El,
  href: string,
): { text: string; numbers: null; anchor: string; entryOnly: true } | null {
  const text = link.textContent ?? '';
  if (href.length < 2 || text.trim() === '' || text.length > MAX_LINKED_CALLOUT) return null;
  return { text, numbers: null, anchor: href.slice(1), entryOnly: true };
}

/** Sphinx and docutils ("footnote-reference", "citation-reference") and DPUB-ARIA (role="doc-noteref", "doc-biblioref"). */
function marksCitationReference(link: El): boolean {
  const role = link.getAttribute('role') ?? '';
  if (role === 'doc-noteref' || role === 'doc-biblioref') return true;
  const classes = classesOf(link);
  return classes.includes('footnote-reference') || classes.includes('citation-reference');
}

/**
 * An entry of a reference list that is one element with its label inside: docutils' and Sphinx's
 * footnotes and citations (<aside class="footnote">, <div class="citation">), DPUB-ARIA entries.
 */
function isEntryElement(el: El): boolean {
  const role = el.getAttribute('role') ?? '';
  if (role === 'doc-biblioentry' || role === 'doc-endnote') return true;
  const classes = classesOf(el);
  // docutils 0.17 writes footnotes as <dl class="footnote">: the list, not one entry of it; so
  // does texinfo, as a <div class="footnote"> under a "Footnotes" heading of its own.
  if (LISTS.has(tag(el)) || [...el.children].some((c) => HEADINGS.has(tag(c)))) return false;
  return (
    (role === 'note' || tag(el) !== 'span') && (classes.includes('footnote') || classes.includes('citation'))
  );
}

/**
 * A list item or definition that holds paragraphs of its own (a Sphinx API page keeps a whole
 * section, notes and references in one <dd>) is a container: one <p> inside only wraps its text.
 */
function holdsParagraphs(el: El): boolean {
  const name = tag(el);
  if (name !== 'li' && name !== 'dd' && name !== 'dt') return false;
  let wrappers = 0;
  for (const child of el.children) {
    const childName = tag(child);
    // Javadoc lays a whole class or method out as one <li>: its name as a heading, then a
    // <div class="block"> of paragraphs.
    if (HEADINGS.has(childName)) return true;
    if (!WRAPPERS_IN_LEAF.has(childName)) continue;
    if (++wrappers > 1 || (childName === 'div' && paragraphsIn(child) > 1)) return true;
  }
  return false;
}

/** How many <p> an element holds as children, counted up to two. */
function paragraphsIn(el: El): number {
  let count = 0;
  for (const child of el.children) if (tag(child) === 'p' && ++count > 1) break;
  return count;
}

/** Landmarks that are not content, as <nav>, <header> and <footer> are: a Sphinx sidebar is role="navigation". */
const LANDMARKS_DROPPED = new Set(['navigation', 'search', 'banner', 'contentinfo']);

/**
 * Generators' panels of links to the pages around: texinfo's, DocBook's; and a site's menu
 * (`<div class="menu">`, drop-downs of links to its other pages, which ns-3's pages set in a cell
 * of their title bar).
 */
const NAVIGATION_PANELS = new Set(['nav-panel', 'navheader', 'navfooter', 'menu']);
/** Texinfo's panel before each node ("Next: Function index, Previous: …, Up: Top"), as texi2any 6 writes it. */
const TEXINFO_NAVIGATION = /^\s*(?:Next|Previous|Prev|Up):/;

/**
 * A panel of links to the next, previous and enclosing pages: navigation, not prose, though no
 * <nav> or role says so. Texinfo puts one at the top of every node, inside the node's <div>, so a
 * "References" appendix began with it and it was read as the first entry.
 */
function isNavigationPanel(el: El): boolean {
  const classes = classesOf(el);
  if (classes.some((c) => NAVIGATION_PANELS.has(c))) return true;
  return classes.includes('header') && TEXINFO_NAVIGATION.test((el.textContent ?? '').slice(0, 40));
}

/**
 * A member's declaration as Doxygen sets it, `<div class="memproto">` holding a table of its
 * return type, name and parameters: code, as a <pre> is, not prose (a page of a class with forty
 * members read forty rows of "typedef Superclass::… itk::…::PDFValueType" as claims).
 */
const isDeclaration = (el: El) => tag(el) === 'div' && classesOf(el).includes('memproto');

/** A table of contents ("#TOC", ".toc", ".table-of-contents"): links to the headings, no prose. */
function isTableOfContents(el: El): boolean {
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`
    .slice(0, 500)
    .toLowerCase();
  return (
    names.split(/\s+/).some((token) => token === 'toc' || token === 'table-of-contents') ||
    isInPageLinkList(el)
  );
}

/** A link to a place on the page itself ("#Imports"). */
const isInPageLink = (el: El) => tag(el) === 'a' && (el.getAttribute('href') ?? '').startsWith('#');

/**
 * A list of three items or more, each nothing but a link to a place on the page (and the list of
 * the places under it): a table of contents however it is named, as texinfo's
 * `<ul class="no-bullet">` under "Table of Contents" is. A reference list's items are works.
 */
function isInPageLinkList(el: El): boolean {
  if (!LISTS.has(tag(el)) || el.children.length < 3) return false;
  for (const item of el.children) {
    if (tag(item) !== 'li') return false;
    let links = 0;
    for (const node of item.childNodes) {
      if (node.nodeType === TEXT_NODE) {
        if ((node.textContent ?? '').trim() !== '') return false;
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const child = node as El;
      // Docutils wraps each entry's link in a paragraph: one that holds nothing else.
      const wrapped =
        tag(child) === 'p' && child.children.length === 1 ? (child.firstElementChild as El) : null;
      const only =
        wrapped && (wrapped.textContent ?? '').trim() === (child.textContent ?? '').trim() ? wrapped : child;
      if (isInPageLink(only)) links++;
      else if (!LISTS.has(tag(child))) return false;
    }
    if (links === 0) return false;
  }
  return true;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Inline {
  text: string;
  citations: LinkedCitation[];
  notes: SourceNoteCallout[];
  /** Block elements met inside, read after this block. */
  nested: El[];
  /** Ids in the subtree, for links that point at a reference entry. */
  ids: string[];
  /** Spans of code (<code>, <kbd>, <samp>): "iprint[1]" there is an index, not a callout. */
  code: { start: number; end: number }[];
}

/** Elements whose text is code. */
const CODE = new Set(['code', 'kbd', 'samp']);
/** Where a code element's text began: met on the stack after its children, it closes the span. */
interface CodeEnd {
  codeFrom: number;
}

/** One leaf's text with its callouts; whitespace collapsed as a browser shows it. */
/**
 * `before`: the text its row holds before it, for a cell: a formula laid out as a table (HeVeA)
 * puts a power in the cell after its base.
 */
function readInline(leaf: El, before = ''): Inline {
  const parts: string[] = [];
  let length = 0;
  let space = true; // drop leading space
  const citations: LinkedCitation[] = [];
  const notes: SourceNoteCallout[] = [];
  const nested: El[] = [];
  const ids: string[] = [];
  const code: { start: number; end: number }[] = [];
  let inCode = false;
  const append = (raw: string) => {
    for (const piece of raw.split(/(\s+)/)) {
      if (piece === '') continue;
      if (/^\s/.test(piece)) {
        if (!space) {
          parts.push(' ');
          length++;
          space = true;
        }
      } else {
        parts.push(piece);
        length += piece.length;
        space = false;
      }
    }
  };
  const stack: (Node | CodeEnd)[] = [...leaf.childNodes].reverse();
  const id = leaf.getAttribute('id');
  if (id) ids.push(id);
  while (stack.length > 0) {
    const node = stack.pop() as Node | CodeEnd;
    if ('codeFrom' in node) {
      if (length > node.codeFrom) code.push({ start: node.codeFrom, end: length });
      inCode = false;
      continue;
    }
    if (node.nodeType === 3) {
      append(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as El;
    const name = tag(el);
    // A menu wrapped in a cell's <div> is dropped here: the walk sees only the blocks inside it.
    if (DROPPED.has(name) || (WRAPPERS_IN_LEAF.has(name) && isNavigationPanel(el))) continue;
    if (BLOCKS.has(name) && !(WRAPPERS_IN_LEAF.has(name) && !BLOCKS_OF_ITS_OWN.has(tag(leaf)))) {
      nested.push(el);
      continue;
    }
    if (WRAPPERS_IN_LEAF.has(name)) append(' ');
    const elId = el.getAttribute('id') ?? el.getAttribute('name');
    if (elId) ids.push(elId);
    if (name === 'br') {
      append(' ');
      continue;
    }
    const href = name === 'a' ? (el.getAttribute('href') ?? '') : '';
    if (NOTE_BACKLINK.test(href)) continue; // the "↑" back to the callout
    // docutils' "(1,2,3)" links back to each callout of an entry ("backrefs", "fn-backref" when
    // it holds several links): not part of the entry's text or label.
    if (name === 'span' && (classesOf(el).includes('backrefs') || classesOf(el).includes('fn-backref')))
      continue;
    // The HTML4 writer's "<em>(<a class="fn-backref">1</a>, <a class="fn-backref">2</a>)</em>".
    if (name === 'em' && isBackrefGroup(el)) continue;
    const note = noteCallout(el, href);
    if (note !== null) {
      // Its number, without brackets the marker grammar would take for a citation of the list.
      const start = length;
      append(note.text);
      if (length > start) notes.push({ start, end: length, note: note.note });
      continue;
    }
    const justBefore = parts.length > 0 ? parts.slice(-3).join('') : before.slice(-20);
    if (name === 'sup' && (isExponent(justBefore) || isPrescript(justBefore, textAfter(el)) || inMaths(el))) {
      stack.push(...[...el.childNodes].reverse());
      continue;
    }
    const callout =
      name === 'sup' || ANCHOR.test(href) || (name === 'a' && marksCitationReference(el))
        ? calloutOf(el, href)
        : name === 'a' && href.startsWith('#')
          ? (linkedNumber(el, href) ?? linkToEntry(el, href))
          : null;
    if (callout) {
      const start = length;
      append(callout.text);
      citations.push({
        start,
        end: length,
        targets: callout.numbers ?? [],
        ...(callout.numbers === null ? { anchor: callout.anchor } : {}),
        ...('entryOnly' in callout ? { entryOnly: true as const } : {}),
        ...(name === 'sup' && afterQuantity(justBefore) ? { afterQuantity: true as const } : {}),
        ...('reaches' in callout && callout.reaches !== undefined ? { reaches: callout.reaches } : {}),
      });
      continue;
    }
    if (CODE.has(name) && !inCode) {
      inCode = true;
      stack.push({ codeFrom: length });
    }
    stack.push(...[...el.childNodes].reverse());
  }
  let text = parts.join('');
  if (text.endsWith(' ')) text = text.slice(0, -1);
  return {
    text,
    citations: citations.filter((c) => c.end <= text.length && c.end > c.start),
    notes: notes.filter((n) => n.end <= text.length),
    nested,
    ids,
    code: code
      .map((c) => ({ start: c.start, end: Math.min(c.end, text.length) }))
      .filter((c) => c.end > c.start),
  };
}

function tableRow(tr: El): { kind: 'table-row' | 'table-header'; inline: Inline } {
  const cells = [...tr.children].filter((c) => tag(c) === 'td' || tag(c) === 'th');
  const inline: Inline = { text: '', citations: [], notes: [], nested: [], ids: [], code: [] };
  cells.forEach((cell, i) => {
    const read = readInline(cell, inline.text);
    const offset = inline.text.length + (i > 0 ? 3 : 0);
    inline.text += (i > 0 ? ' | ' : '') + read.text;
    inline.citations.push(
      ...read.citations.map((c) => ({ ...c, start: c.start + offset, end: c.end + offset })),
    );
    inline.notes.push(...read.notes.map((n) => ({ ...n, start: n.start + offset, end: n.end + offset })));
    inline.code.push(...read.code.map((c) => ({ start: c.start + offset, end: c.end + offset })));
    inline.ids.push(...read.ids);
    // A list or a table inside a cell (BoostBook's parameter tables hold one table per row) is
    // read after the row, as blocks of its own: dropped, its text would be lost.
    inline.nested.push(...read.nested);
  });
  const header =
    tag(tr.parentElement as El) === 'thead' || (cells.length > 0 && cells.every((c) => tag(c) === 'th'));
  return { kind: header ? 'table-header' : 'table-row', inline };
}

interface Walked {
  blocks: (SourceBlock & { pending: LinkedCitation[] })[];
  /** `byPlace`: numbered by its place in an <ol>, which shows the number though the entry's text has none. */
  entries: { raw: string; ids: string[]; number: number | null; label?: string; byPlace?: true }[];
  heading: string | null;
}

interface SectionItem {
  entry: Walked['entries'][number];
  block: Walked['blocks'][number];
}

/**
 * The walk of the page; where it finds no list but the text cites by number, the walk again with
 * the page's unnamed numbered list of references, if it has one, taken as the list.
 */
function walkForList(root: El): Walked {
  const walked = walk(root, null);
  if (walked.entries.length > 0 || !walked.blocks.some((b) => hasBracketMarker(b.text))) return walked;
  const unnamed = unnamedNumberedList(root);
  return unnamed ? walk(root, unnamed) : walked;
}

/** `unnamedList`: a list no heading or name marks, to be read as the reference list (walkForList). */
function walk(root: El, unnamedList: El | null): Walked {
  const out: Walked = { blocks: [], entries: [], heading: null };
  /** The heading level that opened the reference list, while its items are read. */
  let listLevel: number | null = null;
  /**
   * The items under a list heading, kept until the next heading: a "Notes" heading may open
   * prose as well as references, so under it they become entries only if most look like
   * references (referenceLike); otherwise heading and items are blocks like any other.
   */
  let section: { heading: Walked['blocks'][number]; before: string | null; items: SectionItem[] } | null =
    null;
  const closeSection = () => {
    if (!section) return;
    const { items } = section;
    const like = items.filter((i) => namesWork(i.entry.raw)).length;
    const readsAsEntry = (i: SectionItem) =>
      // A note that gives a link or DOI to what it speaks of is one of the page's sources.
      i.entry.number !== null || namesWork(i.entry.raw);
    const kept = !isNoteHeading(section.heading.text) || (items.length > 0 && like * 2 >= items.length);
    // Paragraphs of prose under the heading before its first entry ("To compute w(z), a
    // combination of two algorithms is used:", pod2html's REFERENCES) are the section's text.
    const first = items.findIndex(readsAsEntry);
    const prose = (i: SectionItem) =>
      i.block.kind === 'paragraph' && i.entry.ids.length === 0 && !/^\s*\[/.test(i.entry.raw);
    const lead = kept && first > 0 ? items.slice(0, first).filter(prose) : [];
    if (kept && first > 0 && lead.length === first) {
      for (const block of [section.heading, ...lead.map((i) => i.block)])
        out.blocks.push({ ...block, line: out.blocks.length + 1 });
      out.entries.push(...items.slice(first).map((i) => i.entry));
    } else if (kept) out.entries.push(...items.map((i) => i.entry));
    else {
      out.heading = section.before;
      for (const block of [section.heading, ...items.map((i) => i.block)])
        out.blocks.push({ ...block, line: out.blocks.length + 1 });
    }
    section = null;
  };
  /** One entry of the list: under a "Notes" heading kept aside until the section shows what it holds. */
  const addEntry = (entry: {
    raw: string;
    ids: string[];
    /** Its number from its place in an <ol>, used when it carries no label of its own. */
    position: number | null;
    kind: 'bullet' | 'numbered' | 'paragraph';
    pending: LinkedCitation[];
    inList: boolean;
  }) => {
    const { raw, ids, position, kind, pending, inList } = entry;
    const [label] = parseEntries([{ text: raw, number: 1 }], 0, 1);
    const read = { raw, ids, number: label?.number ?? position };
    if (section && !inList) section.items.push({ entry: read, block: { kind, text: raw, line: 0, pending } });
    else out.entries.push(read);
  };
  /**
   * Entries read since the list heading as list items or entry elements: the list ends at the
   * first block after them that is neither. Entries written as paragraphs are not counted, since
   * their list has no shape of its own to end.
   */
  let itemsSinceHeading = 0;
  /** The element named as a reference list read under the current list heading, if any. */
  let listedUnderHeading: El | null = null;
  /**
   * Entries written as paragraphs under a label paragraph ("References:", then "<p>[1] …</p>"):
   * the list ends at the first paragraph that neither opens with a label nor reads as a reference.
   */
  let paragraphEntries = false;
  /** The list a paragraph such as "References:" names: its items are the entries, and the list ends with it. */
  let labelledList: El | null = null;
  /** <dd> bodies already read with their <dt> label. */
  const consumed = new Set<El>();
  /** Elements named as a reference list whose entries have ended: what follows in them is a block. */
  const ended = new Set<El>();
  // Each element with the element named as the reference list it lies inside, if any.
  const stack: [El, El | null][] = [[root, null]];
  const push = (els: El[], list: El | null) =>
    stack.push(...els.reverse().map((e): [El, El | null] => [e, list]));
  while (stack.length > 0) {
    const [el, inherited] = stack.pop() as [El, El | null];
    const name = tag(el);
    if (consumed.has(el)) continue;
    // DocBook's and Word's note, a <div> holding the note's paragraphs after a link back labelled
    // "[1]": one note block, its label dropped, as a Pandoc note's <li> is one. Word's callouts
    // point at the anchor named in it ("#_ftn1" in <div id="ftn1">), DocBook's at the <div>.
    if (name === 'div' && NOTE_ID.test(el.getAttribute('id') ?? '')) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').replace(NOTE_LABEL, '').trim();
      const named = el.querySelector('a[name]')?.getAttribute('name') ?? '';
      const noteId = NOTE_ANCHOR.test(`#${named}`) ? named : (el.getAttribute('id') ?? '');
      if (text !== '')
        out.blocks.push({ kind: 'note', text, line: out.blocks.length + 1, noteId, pending: [] });
      continue;
    }
    // A list written as preformatted lines, where other <pre> are code: not under "Notes", which
    // on a documentation page heads code examples as often as references.
    const underListHeading = listLevel !== null && !(section && isNoteHeading(section.heading.text));
    if (
      name === 'pre' &&
      (underListHeading || (inherited !== null && !ended.has(inherited)) || namesReferenceList(el))
    ) {
      for (const raw of preformattedEntries(el.textContent ?? ''))
        addEntry({ raw, ids: [], position: null, kind: 'paragraph', pending: [], inList: true });
      continue;
    }
    if (
      DROPPED.has(name) ||
      isTableOfContents(el) ||
      isNavigationPanel(el) ||
      isDeclaration(el) ||
      LANDMARKS_DROPPED.has(el.getAttribute('role') ?? '')
    )
      continue;
    // A rule after the entries ends the list under a heading: the page's footer follows it.
    if (name === 'hr') {
      if (listLevel !== null && (out.entries.length > 0 || (section?.items.length ?? 0) > 0)) {
        listLevel = null;
        closeSection();
      }
      continue;
    }
    const names =
      inherited === null && el !== root && (el === unnamedList || namesReferenceList(el) || titledAsList(el));
    // The list a "References:" paragraph names is read as the list under a heading is (a "Notes"
    // rubric's items count only if they read as references), and it ends the list when it ends.
    const labelled = inherited === null && el === labelledList && listLevel !== null;
    if (names) itemsSinceHeading = 0;
    // The list under a heading is over once the element named as the list has been read: what
    // follows it (the next function of an API page) is not an entry.
    if (inherited === null && !names && !labelled && listedUnderHeading !== null) {
      listedUnderHeading = null;
      listLevel = null;
      closeSection();
    }
    if ((names || labelled) && listLevel !== null) listedUnderHeading = el;
    const list = names || labelled ? el : inherited;
    const inList = list !== null && list !== labelledList && !ended.has(list);
    const entryElement = (inList || listLevel !== null) && isEntryElement(el);
    if ((!LEAVES.has(name) || holdsParagraphs(el)) && !entryElement) {
      const children = [...el.children];
      // A container of text alone (a <div> used as a paragraph) is a block; others hold blocks.
      // Under a list heading a <pre> may hold the entries (preformattedEntries), so it is read as a block.
      const blockChild = (c: El) =>
        BLOCKS.has(tag(c)) || (tag(c) === 'pre' && (inList || listLevel !== null));
      const inlineOnly = el.childNodes.length > 0 && !children.some(blockChild);
      if (
        !inlineOnly ||
        ['html', 'body', 'table', 'thead', 'tbody', 'tfoot', 'ul', 'ol', 'dl'].includes(name)
      ) {
        if (!inlineOnly && CONTAINERS_OF_TEXT.has(name) && holdsLooseText(el)) {
          wrapLooseText(el, blockChild);
          push([...el.children], list);
        } else push(children, list);
        continue;
      }
    }
    const level = HEADINGS.has(name) ? Number(name.slice(1)) : informalHeadingLevel(el);
    if (level !== null && listLevel !== null && level <= listLevel) {
      listLevel = null;
      closeSection();
    }
    const row = name === 'tr' ? tableRow(el) : null;
    const inline = row?.inline ?? readInline(el);
    push(inline.nested, list);
    if (inline.text === '') continue;
    if (inList && isBoxTitle(el) && isListHeading(inline.text)) {
      out.heading = inline.text.replace(/:\s*$/, '');
      continue;
    }
    const labelsEntries = level !== null && name === 'p' && labelsEntriesAfterIt(el);
    if (level !== null && (isListHeading(inline.text) || labelsEntries)) {
      closeSection();
      listLevel = level;
      itemsSinceHeading = 0;
      // Under a paragraph that says "References:", or a definition term that does, the entries are
      // paragraphs, and the first paragraph that reads as none ("See also: …") ends them.
      paragraphEntries = labelsEntries || name === 'dt';
      const heading = {
        kind: 'heading' as const,
        text: inline.text,
        line: 0,
        level,
        pending: inline.citations,
      };
      section = inList ? null : { heading, before: out.heading, items: [] };
      out.heading = inline.text;
      if (name === 'p') labelledList = listNamedAfter(el) ?? labelledList;
      continue;
    }
    const noteId = name === 'li' ? (el.getAttribute('id') ?? '') : '';
    if (NOTE_ID.test(noteId)) {
      out.blocks.push({ kind: 'note', text: inline.text, line: out.blocks.length + 1, noteId, pending: [] });
      continue;
    }
    // A group's title between two lists of works under the heading: the list goes on after it.
    if (level === null && (listLevel !== null || inList) && itemsSinceHeading > 0 && titlesNextGroup(el))
      continue;
    let inItems = inList;
    const leadIn = paragraphEntries && listLevel !== null && !inList && leadsIntoEntry(el);
    const ends =
      paragraphEntries && listLevel !== null && !inList
        ? itemsSinceHeading > 0 && !readsAsParagraphEntry(inline.text) && !leadIn
        : listEnded(el, inline.text, itemsSinceHeading, section?.items.length ?? 0);
    if (level === null && (listLevel !== null || inList) && ends) {
      if (list !== null) ended.add(list);
      inItems = false;
      listLevel = null;
      closeSection();
    }
    if (
      level === null &&
      (listLevel !== null || inItems) &&
      !(itemsSinceHeading === 0 && introducesList(el)) &&
      !leadIn
    ) {
      const labelled = name === 'dt' ? withDefinitions(el, inline, consumed) : null;
      if (labelled) push(labelled.nested, list);
      const text = labelled?.text ?? inline.text;
      const labelNumbers = labelled ? supNumbers(inline.text) : null;
      const [entry] = parseEntries([{ text, number: 1 }], 0, 1);
      const ol = el.parentElement && tag(el.parentElement) === 'ol' ? el.parentElement : null;
      const start = ol ? Number(ol.getAttribute('start') ?? '1') || 1 : null;
      const position = ol ? positionIn(ol, el) : -1;
      const label = entryLabel(labelled ? inline.text : (labelChild(el)?.textContent ?? ''));
      const ownNumber = (labelNumbers?.length === 1 ? labelNumbers[0] : undefined) ?? entry?.number;
      const placeNumber = start !== null && position >= 0 ? start + position : null;
      const read = {
        raw: text,
        ids: [...(labelled?.ids ?? inline.ids), ...tableOfOneRow(el)],
        number: ownNumber ?? placeNumber,
        ...(label === null ? {} : { label }),
        ...(ownNumber === undefined && placeNumber !== null ? { byPlace: true as const } : {}),
      };
      if (isListItem(el) || paragraphEntries) itemsSinceHeading++;
      if (section && !inList) {
        const kind = name === 'li' ? listKind(el) : 'paragraph';
        section.items.push({
          entry: read,
          block: { kind, text: inline.text, line: 0, pending: inline.citations },
        });
      } else out.entries.push(read);
      continue;
    }
    // "References: \break [1] … \break [2] …": the whole list in one paragraph with its heading.
    const runIn = level === null && out.entries.length === 0 ? runInList(inline.text, isListHeading) : null;
    if (runIn) {
      out.heading = runIn.heading;
      out.entries.push(...runIn.entries.map((e) => ({ raw: e.raw, ids: [], number: e.number })));
      continue;
    }
    const kind = row?.kind ?? (level !== null ? 'heading' : name === 'li' ? listKind(el) : 'paragraph');
    out.blocks.push({
      kind,
      text: inline.text,
      line: out.blocks.length + 1,
      ...(level === null ? {} : { level }),
      ...(inline.notes.length > 0 ? { notes: inline.notes } : {}),
      ...(inline.code.length > 0 ? { code: inline.code } : {}),
      pending: inline.citations,
    });
  }
  closeSection();
  return out;
}

/** The label element an entry element opens with (docutils' <span class="label">). */
function labelChild(el: El): El | null {
  const first = el.firstElementChild;
  return first && classesOf(first).includes('label') ? first : null;
}

/** An element holding only docutils' links back to an entry's callouts, with their commas and brackets. */
function isBackrefGroup(el: El): boolean {
  const links = [...el.querySelectorAll('a')];
  return (
    links.length > 0 &&
    links.every((a) => classesOf(a).includes('fn-backref')) &&
    /^[\s(),\d]*$/.test(el.textContent ?? '')
  );
}

/**
 * A note callout ("#footnote-1") whose target is an entry of the list, not a note, cites it: the
 * docutils HTML4 writer's footnotes are tables read as the list's entries.
 */
function notesOfEntries(
  block: Walked['blocks'][number],
  byId: ReadonlyMap<string, number>,
): Walked['blocks'][number] {
  const toEntries = (block.notes ?? []).filter((n) => byId.has(n.note));
  if (toEntries.length === 0) return block;
  const { notes, ...rest } = block;
  const kept = (notes ?? []).filter((n) => !byId.has(n.note));
  const cited = toEntries.map((n) => ({ start: n.start, end: n.end, targets: [], anchor: n.note }));
  return {
    ...rest,
    ...(kept.length > 0 ? { notes: kept } : {}),
    pending: [...block.pending, ...cited].sort((a, b) => a.start - b.start),
  };
}

/**
 * The id of the table a row stands alone in: docutils' HTML4 writer gives each footnote a table of
 * its own (`<table class="docutils footnote" id="footnote-1">`, one `<tr>` of label and work), and
 * its callouts link to the table (`<a class="footnote-reference" href="#footnote-1">[1]</a>`).
 */
function tableOfOneRow(el: El): string[] {
  if (tag(el) !== 'tr') return [];
  const table = el.closest('table');
  const id = table?.getAttribute('id');
  return id && table?.querySelectorAll('tr').length === 1 ? [id] : [];
}

/**
 * A <dt> label with the <dd> bodies that follow it: one entry ("[16]" then the work), as LaTeX
 * converters (HeVeA, LaTeX2HTML) and docutils 0.17 footnotes write a reference list. The bodies
 * are marked consumed so the walk does not read them again as entries of their own.
 */
function withDefinitions(
  dt: El,
  label: Inline,
  consumed: Set<El>,
): { text: string; ids: string[]; nested: El[] } | null {
  const bodies: El[] = [];
  for (let next = dt.nextElementSibling; next && tag(next) === 'dd'; next = next.nextElementSibling)
    bodies.push(next);
  if (bodies.length === 0) return null;
  const read = bodies.map((dd) => {
    consumed.add(dd);
    return readInline(dd);
  });
  return {
    text: [bracketedLabel(label.text), ...read.map((r) => r.text)].filter((t) => t !== '').join(' '),
    ids: [...label.ids, ...read.flatMap((r) => r.ids)],
    nested: read.flatMap((r) => r.nested),
  };
}

/**
 * A term that is a bare label, "1" as LaTeX2HTML writes a bibliography's (`<dt>1</dt><dd>H.T.
 * Allawi and …</dd>`) or "Knu84", is given brackets, so the entry reads as "[1] H.T. Allawi …"
 * does: its label apart from its byline.
 */
function bracketedLabel(text: string): string {
  const label = text.trim();
  return /^\d{1,4}$/.test(label) || (isAlphabeticLabel(label) && /\d/.test(label)) ? `[${label}]` : text;
}

/**
 * Whether a block under a list heading lies past the list's end: after entries written as list
 * items or entry elements, a
 * block that is no list item and does not look like a reference (a page footer such as "Gallery
 * generated by …", "previous … next …", a converter's colophon). Lists often sit at the end of a
 * page's content with nothing but such a footer after them and no heading to close them.
 */
function listEnded(el: El, text: string, items: number, taken = 0): boolean {
  // A field after any entry ends it, a paragraph's too: Sphinx's "References" rubric over one
  // address, then "SeeAlso:".
  if (items + taken > 0 && tag(el) === 'dt' && FIELD_LABEL.test(text.trim())) return true;
  return items > 0 && !isListItem(el) && !referenceLike(text);
}

/**
 * A term that names a field, "Author:", "See Also:", "Since:", as Javadoc's tag lists follow a
 * class's description (and its list of works): a page's fields, no entry.
 */
const FIELD_LABEL = /^\p{L}[\p{L} ]{0,30}:$/u;

function isListItem(el: El): boolean {
  const name = tag(el);
  return name === 'li' || name === 'dt' || name === 'dd' || isEntryElement(el);
}

/** Each list's children by position, built once: looking each item up afresh made long lists quadratic. */
const positions = new WeakMap<El, Map<El, number>>();
function positionIn(list: El, item: El): number {
  let map = positions.get(list);
  if (!map) {
    map = new Map([...list.children].map((child, i) => [child, i]));
    positions.set(list, map);
  }
  return map.get(item) ?? -1;
}

function listKind(li: El): 'bullet' | 'numbered' {
  return li.parentElement && tag(li.parentElement) === 'ol' ? 'numbered' : 'bullet';
}

/** The document read from an element tree: title from its first <h1> (else `fallbackTitle`). */
export function readHtmlTree(root: El, fallbackTitle: string | null): Omit<SourceDocument, 'format'> {
  const { blocks: read, entries, heading } = walkForList(root);
  const numbers = entryNumbers(entries.map((e) => e.number));
  const references: SourceReference[] | null =
    entries.length === 0
      ? null
      : numbers.map((number, i) => ({
          number,
          raw: entries[i]?.raw ?? '',
          line: read.length + i + 1,
          ...(entries[i]?.byPlace ? { numberedByText: true } : {}),
        }));
  const byId = new Map<string, number>();
  entries.forEach((e, i) => {
    for (const id of e.ids) byId.set(id, numbers[i] ?? i + 1);
  });
  const walked = read.map((block) => notesOfEntries(block, byId));
  // A numbered superscript linking to an anchor the page holds outside its entries (HeVeA's
  // "ocamlyacc<sup><a href="#note1">1</a></sup>", a note after the bibliography) is a note's or
  // a figure's number, not entry 1's: judged only where entries carry anchors of their own.
  const pageIds = byId.size > 0 ? anchorsIn(root) : new Set<string>();
  const elsewhere = (c: LinkedCitation) =>
    c.reaches !== undefined && pageIds.has(c.reaches) && !byId.has(c.reaches);
  // No entry numbered by a label or an <ol>: a superscript after a quantity is a power there.
  const unnumbered = entries.every((e) => e.number === null);
  // And where the text cites that list by name and year, a superscript number linking nowhere
  // calls out no entry: "(PR<sup>2</sup>) (Guillou et al. 2013)" names a database.
  const bareSuperscript = (c: LinkedCitation) =>
    c.anchor === undefined && c.reaches === undefined && c.targets.length > 0;
  const bare = unnumbered ? walked.reduce((n, b) => n + b.pending.filter(bareSuperscript).length, 0) : 0;
  const citedByName = bare > 0 && references !== null && namedCallouts(references, walked) > bare;
  const labels = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.label !== undefined && !labels.has(e.label)) labels.set(e.label, numbers[i] ?? i + 1);
  });
  const linkedAndLabelled = (text: string, linked: SourceCitation[]) => {
    const labelled = labelCallouts(text, labels, linked);
    return labelled.length === 0 ? linked : [...linked, ...labelled].sort((a, b) => a.start - b.start);
  };
  const resolved = walked.map(({ text, pending }) =>
    linkedAndLabelled(
      text,
      joinCalloutRanges(
        text,
        pending.filter(
          (c) =>
            (!c.entryOnly || (c.anchor !== undefined && byId.has(c.anchor))) &&
            !(c.afterQuantity && unnumbered) &&
            !(citedByName && bareSuperscript(c)) &&
            !elsewhere(c),
        ),
      ).map(({ anchor, entryOnly: _entryOnly, afterQuantity: _afterQuantity, reaches: _reaches, ...c }) => {
        const target = anchor === undefined ? undefined : byId.get(anchor);
        return { ...c, targets: c.targets.length > 0 ? c.targets : target === undefined ? [] : [target] };
      }),
    ),
  );
  // Exact only when some callout reaches an entry: a link to "#references" in a table of contents
  // is no citation, and must not hide the "(Smith, 2020)" callouts the text writes.
  const exact = resolved.some((citations) => citations.some((c) => c.targets.length > 0));
  const texts = walked.map((b) => b.text);
  const listed = new Set((references ?? []).map((r) => r.number));
  const withUnlinked = exact && linksInTextBrackets(texts, resolved);
  const blocks: SourceBlock[] = walked.map(({ pending: _pending, ...block }, i) => {
    if (!exact) return block;
    const linked = resolved[i] ?? [];
    const unlinked = (withUnlinked ? unlinkedBracketCallouts(block.text, linked, listed) : []).filter(
      (c) => !inCode(block, c),
    );
    const citations =
      unlinked.length === 0 ? linked : [...linked, ...unlinked].sort((a, b) => a.start - b.start);
    return { ...block, citations };
  });
  const first = blocks[0];
  const titled = first?.kind === 'heading' && first.level === 1;
  return {
    title: titled ? first.text : fallbackTitle,
    blocks: titled ? blocks.slice(1) : blocks,
    references,
    referencesHeading: heading,
  };
}
