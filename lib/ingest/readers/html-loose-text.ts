import { tag } from './html-element';

/**
 * Text written straight into a container beside its blocks, as Javadoc writes a class comment:
 * `<div class="block">Computes the variance … <em>sample variance</em>: <p>…</p></div>`. A browser
 * shows each run of such text as a paragraph of its own (an anonymous block); the walker reads
 * elements, so each run is wrapped in a <p> before the container's children are read. A run of
 * white space alone is left as it is; blocks and rules (<hr>) part the runs.
 */
export function wrapLooseText(container: Element, isBlock: (el: Element) => boolean): void {
  const doc = container.ownerDocument;
  let run: ChildNode[] = [];
  const flush = () => {
    const first = run[0];
    if (first && run.some((n) => (n.textContent ?? '').trim() !== '')) {
      const p = doc.createElement('p');
      container.insertBefore(p, first);
      for (const node of run) p.appendChild(node);
    }
    run = [];
  };
  const nodes = [...container.childNodes];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as ChildNode;
    // A rule parts two runs, as it does on screen, and stays out of both: the walker reads it as
    // the end of a list under a heading, with the page's footer after it.
    if (node.nodeType === 1 && (isBlock(node as Element) || tag(node) === 'hr')) flush();
    else if (isBreak(node) && isBreak(nextVisible(nodes, i))) {
      // "… in (3).<br/><br/>Geoffrey I. Webb, …": a blank line typed with two breaks parts two paragraphs.
      flush();
      while (i + 1 < nodes.length && !isBreak(nodes[i + 1])) i++;
      i++;
    } else if (node.nodeType === 1 || node.nodeType === 3) run.push(node);
  }
  flush();
}

const isBreak = (node: ChildNode | undefined): boolean => node !== undefined && tag(node) === 'br';

/** The node after nodes[i], white space between skipped. */
function nextVisible(nodes: readonly ChildNode[], i: number): ChildNode | undefined {
  let j = i + 1;
  while (j < nodes.length && nodes[j]?.nodeType === 3 && (nodes[j]?.textContent ?? '').trim() === '') j++;
  return nodes[j];
}

/** Whether a container holds text of its own beside its elements (white space does not count). */
export function holdsLooseText(container: Element): boolean {
  for (const node of container.childNodes)
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return true;
  return false;
}
