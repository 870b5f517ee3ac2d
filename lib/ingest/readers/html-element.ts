/** Small facts about elements that the HTML block walker and its helpers share. */

export type El = Element;

export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export const LISTS = new Set(['ul', 'ol', 'dl']);

/** An element's lower-case tag name; '' for text and other nodes. */
export const tag = (node: Node) => (node.nodeType === 1 ? (node as El).localName.toLowerCase() : '');

/** An element's class names (the attribute read up to a bound: a hostile page may make it huge). */
export function classesOf(el: El): string[] {
  return (el.getAttribute('class') ?? '').slice(0, 300).split(/\s+/);
}

/**
 * Notes, not citations: Word's as mammoth writes them (a callout links to "#footnote-1", the note
 * back to "#footnote-ref-1"), and the footnotes of Markdown tools: Pandoc and markdown-it ("#fn1",
 * back "#fnref1"), kramdown ("#fn:1", "#fnref:1"), GitHub ("#user-content-fn-1"), DocBook's XSL
 * stylesheets ("#ftn.idm272", the note a `<div id="ftn.idm272" class="footnote">`), and Word's own
 * "Save as Web Page" ("#_ftn1" and "#_edn1", the note a `<div id="ftn1">` linking back to "#_ftnref1").
 */
export const NOTE_ANCHOR = /^#(?:(?:footnote|endnote)-\d|fn[:-]?\d|user-content-fn-|ftn\.|_(?:ftn|edn)\d)/i;
export const NOTE_BACKLINK = /^#(?:(?:footnote|endnote)-ref-|fnref|user-content-fnref-|_(?:ftn|edn)ref\d)/i;
export const NOTE_ID = /^(?:(?:footnote|endnote)-\d|fn[:-]?\d|user-content-fn-|ftn\.|(?:ftn|edn)\d)/i;

/** The targets a link may reach: ids, and the names of anchors, as Word and older pages set them (<a name="_ftn1">). */
export function anchorsIn(root: Element): Set<string> {
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
  for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
  return ids;
}
