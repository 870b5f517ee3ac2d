import type { Element as XElement, Node as XNode } from '@xmldom/xmldom';

export type { XElement, XNode };

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_NODE = 4;

export function childElements(node: XNode): XElement[] {
  const out: XElement[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === ELEMENT_NODE) out.push(c as XElement);
  }
  return out;
}

export function child(node: XNode, name: string): XElement | undefined {
  return childElements(node).find((e) => e.nodeName === name);
}

export function children(node: XNode, name: string): XElement[] {
  return childElements(node).filter((e) => e.nodeName === name);
}

/** Every element named `name` under the node, in document order. */
export function descendants(node: XNode, name: string): XElement[] {
  const out: XElement[] = [];
  for (const e of childElements(node)) {
    if (e.nodeName === name) out.push(e);
    out.push(...descendants(e, name));
  }
  return out;
}

/** Text content with white space collapsed. */
export function textOf(node: XNode | undefined | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
