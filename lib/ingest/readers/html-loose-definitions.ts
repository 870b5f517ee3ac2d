import { tag } from './html-element';

/**
 * A definition list written with terms and no <dd>, the definition's text set loose after its
 * term, as the Haskell 98 Report's HTML lists its references:
 * `<DL><DT>[1]</DT> FW Burton and RL Page, "Distributed …", 1992.<p><DT>[2]</DT> SK Park, …<p></DL>`.
 * A browser closes an open <p> at each <dt> and shows the text after a term as its definition;
 * the parser leaves each later term inside the <p> before it. Each such <p> is opened up in place,
 * and each run of text after a term is wrapped in a <dd>, so the term and its text read as one
 * entry, as a written-out <dd> does. A list whose text is all in <dd>s is left as it is.
 */
export function wrapLooseDefinitions(root: Element): void {
  for (const dl of [...root.getElementsByTagName('dl')]) {
    if (!holdsTextBesideTerms(dl)) continue;
    for (const p of [...dl.children]) {
      if (tag(p) === 'p' && [...p.children].some((c) => tag(c) === 'dt')) p.replaceWith(...p.childNodes);
    }
    wrapRunsAfterTerms(dl);
  }
}

const hasText = (node: ChildNode) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '';

/** Whether a <dl>, or a <p> inside it, holds text of its own beside its terms. */
function holdsTextBesideTerms(dl: Element): boolean {
  if (![...dl.children].some((c) => tag(c) === 'dt')) return false;
  return [...dl.childNodes].some(
    (node) => hasText(node) || (tag(node) === 'p' && [...node.childNodes].some(hasText)),
  );
}

/** Wraps each run of nodes after a <dt>, up to the next <dt> or <dd>, in a <dd> of its own. */
function wrapRunsAfterTerms(dl: Element): void {
  const doc = dl.ownerDocument;
  let run: ChildNode[] = [];
  let afterTerm = false;
  const flush = () => {
    const first = run[0];
    if (afterTerm && first && run.some((n) => (n.textContent ?? '').trim() !== '')) {
      const dd = doc.createElement('dd');
      dl.insertBefore(dd, first);
      for (const node of run) dd.appendChild(node);
    }
    run = [];
  };
  for (const node of [...dl.childNodes]) {
    const name = node.nodeType === 1 ? tag(node) : '';
    if (name === 'dt' || name === 'dd') {
      flush();
      afterTerm = name === 'dt';
    } else run.push(node);
  }
  flush();
}
