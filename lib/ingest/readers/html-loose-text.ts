/**
 * Text written straight into a container beside its blocks, as Javadoc writes a class comment:
 * `<div class="block">Computes the variance … <em>sample variance</em>: <p>…</p></div>`. A browser
 * shows each run of such text as a paragraph of its own (an anonymous block); the walker reads
 * elements, so each run is wrapped in a <p> before the container's children are read. A run of
 * white space alone is left as it is.
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
  for (const node of [...container.childNodes]) {
    if (node.nodeType === 1 && isBlock(node as Element)) flush();
    else if (node.nodeType === 1 || node.nodeType === 3) run.push(node);
  }
  flush();
}

/** Whether a container holds text of its own beside its elements (white space does not count). */
export function holdsLooseText(container: Element): boolean {
  for (const node of container.childNodes)
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return true;
  return false;
}
