/**
 * docutils (Sphinx, the Python documentation generator) reads a line that starts with an initial,
 * "D. Ghosh, J. Hachmann …", as an enumerated list lettered from D, and writes the entry as
 * <ol class="upperalpha" start="4"><li><p>Ghosh, J. Hachmann …</p></li></ol>: the first author's
 * initial survives only as the list's letter. A one-item lettered list that is all its parent holds
 * (a <dd> or <li> of a reference list) is put back as the text a browser shows, "D. Ghosh, …",
 * so the entry reads whole and is not taken for a nested list numbered 4.
 */

/**
 * An upper-case lettered list's letter for position `n` (1-based). Only an upper-case letter is an
 * initial: a one-item list lettered "a." (BoostBook's `<ol type="a">` under "References:") is a
 * list, not a name.
 */
function letterOf(ol: Element, n: number): string | null {
  if (n < 1 || n > 26) return null;
  const classes = ` ${ol.getAttribute('class') ?? ''} `;
  const upper = classes.includes(' upperalpha ') || ol.getAttribute('type') === 'A';
  return upper ? String.fromCharCode(64 + n) : null;
}

const hasOwnText = (el: Element) =>
  [...el.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '');

/** Rewrites, in place, each one-item upper-case lettered list that stands alone in its parent as its text. */
export function spellOutInitialLists(root: Element): void {
  for (const ol of [...root.getElementsByTagName('ol')]) {
    const parent = ol.parentElement;
    const items = [...ol.children];
    const [item] = items;
    if (!parent || !item || items.length !== 1 || item.tagName.toLowerCase() !== 'li') continue;
    if (parent.children.length !== 1 || hasOwnText(parent)) continue;
    const letter = letterOf(ol, Number(ol.getAttribute('start') ?? '1'));
    if (letter === null) continue;
    // The letter goes where the entry's text starts: inside its first paragraph, if it has one.
    const first = item.firstElementChild;
    const host = first && first.tagName.toLowerCase() === 'p' && item.children.length === 1 ? first : item;
    host.insertBefore(ol.ownerDocument.createTextNode(`${letter}. `), host.firstChild);
    parent.replaceChild(host === item ? wrap(item) : host, ol);
  }
}

/** The item's content in a <p>, so the entry stays one block where the list stood. */
function wrap(item: Element): Element {
  const p = item.ownerDocument.createElement('p');
  while (item.firstChild) p.appendChild(item.firstChild);
  return p;
}
