import { isListHeading, isNoteHeading, mostlyReferences, referenceLike } from '../reference-list';
import { classesOf, type El, HEADINGS, LISTS, NOTE_ID, tag } from './html-element';

/**
 * What heads a reference list on a page that does not mark it with a heading: a docutils box or
 * rubric, Doxygen's `<p>References:</p>`, an id or class that names one; and the prose under a
 * list heading that introduces the list rather than being one of its entries.
 */

/** The title of a docutils topic, admonition or sidebar ("References:" in <aside class="topic">). */
export function isBoxTitle(el: El): boolean {
  const classes = classesOf(el);
  return (
    classes.includes('topic-title') ||
    classes.includes('admonition-title') ||
    classes.includes('sidebar-title')
  );
}

/** A box whose title names a reference list: its items are the entries, and the list ends with the box. */
export function titledAsList(el: El): boolean {
  const first = el.firstElementChild;
  return first !== null && isBoxTitle(first) && isListHeading((first.textContent ?? '').trim());
}

/**
 * A heading not written as one: docutils' rubric ("Notes", "References"), role="heading", and a
 * definition term that names a reference list, as a generated manual page lists its sections
 * (`<dt>REFERENCES</dt><dd><p>[1] C. Harris …</p></dd>`).
 */
export function informalHeadingLevel(el: El): number | null {
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level')) || 6;
  if (tag(el) === 'dt' && isListHeading((el.textContent ?? '').slice(0, 40).trim().replace(/:$/, '')))
    return 6;
  const classes = classesOf(el);
  if (tag(el) !== 'p') return null;
  return classes.includes('rubric') || namesTheListAfterIt(el) || labelsEntriesAfterIt(el) ? 6 : null;
}

/**
 * A label paragraph, "References:" or "Reference:", before entries written as paragraphs, as
 * texinfo and DocBook write them (`<p>References:</p><p>[1] D. Liu and J. Nocedal. …</p>`), or
 * "References" with no colon, as a Sphinx note's first line (`<p>References</p><p>Boris Iglewicz
 * and David Hoaglin (1993), …</p>`): the
 * paragraph after it reads as a reference or opens with a label. The singular counts only here,
 * where an entry follows: as a heading, "Reference" more often names a manual's API part.
 */
export function labelsEntriesAfterIt(p: El): boolean {
  // Cheap checks first: this runs on every paragraph of a page.
  if (tag(p) !== 'p' || p.children.length > 2 || p.nextElementSibling?.localName.toLowerCase() !== 'p')
    return false;
  const text = (p.textContent ?? '').slice(0, 40).trim();
  if (text.length >= 40) return false;
  // Without its colon ("<p>References</p>" in a Sphinx note) only a plural name of works labels:
  // "Notes" or "Reference" alone may head prose as well.
  const colon = text.endsWith(':');
  const name = (colon ? text.slice(0, -1) : text).trim();
  const names = colon
    ? isListHeading(name) || name.toLowerCase() === 'reference'
    : isListHeading(name) && !isNoteHeading(name);
  if (!names) return false;
  const next = p.nextElementSibling;
  if (!next || tag(next) !== 'p') return false;
  return readsAsParagraphEntry((next.textContent ?? '').slice(0, 2000)) || leadsIntoEntry(next);
}

/** The longest lead-in line read as one: "For constructing new varieties see for example:". */
const LEAD_IN_LENGTH = 120;

/**
 * A short paragraph ending in a colon right before an entry, inside a list written as paragraphs:
 * "For the Kustin-Miller complex see:", then "[1] A. Kustin and M. Miller, …". It groups the
 * entries after it; it neither ends the list nor is an entry.
 */
export function leadsIntoEntry(p: El): boolean {
  if (tag(p) !== 'p') return false;
  const text = (p.textContent ?? '').slice(0, LEAD_IN_LENGTH + 1).trim();
  if (text.length > LEAD_IN_LENGTH || !text.endsWith(':') || LABELLED_ENTRY.test(text)) return false;
  const next = p.nextElementSibling;
  return next !== null && tag(next) === 'p' && readsAsParagraphEntry((next.textContent ?? '').slice(0, 2000));
}

/** A paragraph that is an entry of a list written as paragraphs: it opens with a label or reads as a reference. */
export function readsAsParagraphEntry(text: string): boolean {
  return LABELLED_ENTRY.test(text) || referenceLike(text);
}

/** A paragraph that only names the list right after it: Doxygen's `<p>References:</p><ul>`. */
export function namesTheListAfterIt(p: El): boolean {
  return listNamedAfter(p) !== null;
}

/** How deep a list may stand inside wrappers that hold nothing else. */
const MAX_WRAPPERS = 3;

/**
 * The list a short paragraph names ("References:"), standing right after it: directly, or inside
 * a <blockquote> or <div> that holds only it, as docutils indents a definition list
 * (`<p>References:</p><blockquote><div><dl class="simple">`). Null when there is none.
 */
export function listNamedAfter(p: El): El | null {
  let next = p.nextElementSibling;
  for (let depth = 0; next && depth < MAX_WRAPPERS && ['blockquote', 'div'].includes(tag(next)); depth++) {
    const only = next.children.length === 1 ? next.firstElementChild : null;
    if (!only || (next.textContent ?? '').trim() !== (only.textContent ?? '').trim()) return null;
    next = only;
  }
  if (!next || !LISTS.has(tag(next)) || next.children.length === 0) return null;
  const text = (p.textContent ?? '').slice(0, 40).trim();
  return text.length < 40 && isListHeading(text.replace(/:$/, '')) ? next : null;
}

/** The longest paragraph read as a group's title inside a list: a few words, not a sentence. */
const MAX_GROUP_TITLE = 80;

/**
 * A short paragraph between two lists of works under one heading, titling the group after it
 * (`<p>\(\underline{\textrm{Potential Particles}}\)</p>` over its `<ul>`): part of the list, no
 * entry of it and no end to it.
 */
export function titlesNextGroup(el: El): boolean {
  if (tag(el) !== 'p') return false;
  const text = (el.textContent ?? '').trim();
  const next = el.nextElementSibling;
  return (
    text.length <= MAX_GROUP_TITLE &&
    !referenceLike(text) &&
    next !== null &&
    LISTS.has(tag(next)) &&
    itemsReadAsReferences(next)
  );
}

/**
 * A paragraph under a list heading that introduces the list after it rather than being an entry
 * ("The algorithm was implemented after Haralick et al., 1973 and 1979." before the <ul> of
 * works): among its next few siblings comes a list whose items read as references. It may name
 * works itself, so whether it reads as a reference does not decide.
 */
export function introducesList(el: El): boolean {
  if (tag(el) !== 'p' || LABELLED_ENTRY.test((el.textContent ?? '').slice(0, 20))) return false;
  let next = el.nextElementSibling;
  for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) {
    if (LISTS.has(tag(next))) return itemsReadAsReferences(next);
    if (HEADINGS.has(tag(next))) return false;
  }
  return false;
}

/** An entry that opens with its label: "[12] Walker MP.", "12. Walker MP." */
const LABELLED_ENTRY = /^\s*(?:\[\d{1,4}\]|\d{1,4}\.)\s/;

/** Whether a list's first items read as references; notes (Word's endnotes as mammoth lists them) do not count. */
function itemsReadAsReferences(list: El): boolean {
  const items = [...list.children].slice(0, 5);
  if (items.some((item) => NOTE_ID.test(item.getAttribute('id') ?? ''))) return false;
  return mostlyReferences(items.map((item) => item.textContent ?? ''));
}

/**
 * Whether an element's id or class names a reference list ("references", "mw-references-wrap",
 * "reflist"), or it is docutils' list of citations (<dl class="citation">, or <div
 * class="citation-list"> in later versions, or an element whose role is doc-bibliography), which holds
 * bibliographic entries whatever heads it, if anything does.
 */
export function namesReferenceList(el: El): boolean {
  if (tag(el) === 'dl' && classesOf(el).includes('citation')) return true;
  // docutils 0.18 and later: <div role="list" class="citation-list"> of <div class="citation">.
  if (classesOf(el).includes('citation-list') || el.getAttribute('role') === 'doc-bibliography') return true;
  // docutils' <aside class="footnote-list"> of numbered footnotes set among its citation lists:
  // an author who wrote `.. [38901]` in the block of `.. [Balanis]` citations lists a work there.
  if (classesOf(el).includes('footnote-list') && (besideCitationList(el) || holdsReferences(el))) return true;
  // docutils 0.17 writes the same footnotes as <dl class="footnote brackets"> (a <dt> label, a
  // <dd> body), often with no heading at a page's end: a list when its bodies read as works.
  if (tag(el) === 'dl' && classesOf(el).includes('footnote') && holdsReferences(el)) return true;
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.slice(0, 500);
  const parts = names
    .split(/\s+/)
    .filter((name) => name !== '')
    .map((name) => name.split(/[_-]+/).filter((part) => part !== ''));
  const tokens = parts.flat();
  const listWord = (t: string) => (isListHeading(t) && !isNoteHeading(t)) || t.toLowerCase() === 'reflist';
  // A name of a few parts ("references", "mw-references-wrap") is given to the list; a longer one
  // is a heading's slug ("sources-of-information-about-stereochemistry") and names the list only
  // when what it holds reads as references.
  const named = parts.filter((p) => p.some(listWord));
  if (named.some((p) => p.length <= 3) || (named.length > 0 && holdsReferences(el))) return true;
  // "notes" names prose as often as works (a documentation page's <section id="notes"> of remarks),
  // as a "Notes" heading does: it names the list only when what it holds reads as references.
  return tokens.some(isNoteHeading) && holdsReferences(el);
}

const isCitationList = (el: El | null): boolean => el !== null && classesOf(el).includes('citation-list');

/** Whether a docutils citation list comes right before or after the element. */
function besideCitationList(el: El): boolean {
  return isCitationList(el.previousElementSibling) || isCitationList(el.nextElementSibling);
}

/** Whether an element's items (its children but headings, or the items of its one list) mostly read as references. */
function holdsReferences(el: El): boolean {
  const children = [...el.children].filter((c) => !HEADINGS.has(tag(c)));
  const [only] = children;
  const items = children.length === 1 && only && LISTS.has(tag(only)) ? [...only.children] : children;
  return mostlyReferences(items.slice(0, 5).map((item) => item.textContent ?? ''));
}

/**
 * A numbered list that no heading, label, id or class names, on a page that cites by number
 * ("Hyndman and Fan (1996)[1]" above a bare `<ol><li>Hyndman and Fan (1996) Sample Quantiles …`):
 * the last `<ol>` whose items mostly read as references, taken only when nothing else is the list.
 */
export function unnamedNumberedList(root: El): El | null {
  const lists = root.getElementsByTagName('ol');
  for (let i = lists.length - 1; i >= 0; i--) {
    const list = lists[i] as El;
    const items = [...list.children].filter((c) => tag(c) === 'li');
    if (items.length > 0 && itemsReadAsReferences(list)) return list;
  }
  return null;
}
