import { tag } from './html-element';

/**
 * List items as a browser builds them when a page leaves them and their anchors unclosed, as
 * State Threads' manual lists its references:
 * `<OL><A NAME="refs1"><LI> Apache …<A NAME="refs2"><LI> Douglas E. Comer, …</OL>`. A browser
 * closes an open item at the next `<li>`; the parser nests each item, and each anchor, inside
 * the one before, so the anchor of work 2 stood inside work 1. An anchor that holds nothing but
 * an item names that item (its name becomes the item's id), and an item standing right inside
 * another follows it instead, with what follows it there. Rewritten in place.
 */
export function repairListItems(root: Element): void {
  for (const a of [...root.getElementsByTagName('a')]) {
    const name = a.getAttribute('name') ?? a.getAttribute('id');
    const only = soleElement(a);
    if (!name || !only || tag(only) !== 'li') continue;
    if (!only.getAttribute('id')) only.setAttribute('id', name);
    a.replaceWith(...a.childNodes);
  }
  for (const li of [...root.getElementsByTagName('li')]) {
    const outer = li.parentElement;
    if (!outer || tag(outer) !== 'li') continue;
    // The item and all that follows it in the outer one come after the outer one, in order: the
    // page's text keeps its order.
    const moving: ChildNode[] = [];
    for (let node: ChildNode | null = li; node; node = node.nextSibling) moving.push(node);
    outer.after(...moving);
  }
}

/** The one element a node holds, white space beside it aside; null when it holds more. */
function soleElement(el: Element): Element | null {
  let found: Element | null = null;
  for (const node of el.childNodes) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim() === '') continue;
    if (node.nodeType !== 1 || found) return null;
    found = node as Element;
  }
  return found;
}
