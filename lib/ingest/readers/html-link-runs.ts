/**
 * A run of in-page links with nothing but white space between them, "[Specification]
 * [Arguments] [Method] [References]" at the top of a generated manual page, is the page's
 * navigation: wrapped in a <nav> in place, so no link of it reads as a paragraph, nor as the
 * heading its text names ("[References]").
 */

const MIN_LINKS = 3;

const isInPageLink = (node: ChildNode): boolean =>
  node.nodeType === 1 &&
  (node as Element).localName.toLowerCase() === 'a' &&
  ((node as Element).getAttribute('href') ?? '').startsWith('#');

const isSpace = (node: ChildNode) => node.nodeType === 3 && (node.textContent ?? '').trim() === '';

export function wrapInPageLinkRuns(root: Element): void {
  const document = root.ownerDocument;
  for (const parent of [root, ...root.querySelectorAll('body, div, td')]) {
    let run: ChildNode[] = [];
    const flush = () => {
      const links = run.filter(isInPageLink);
      if (links.length >= MIN_LINKS) {
        const nav = document.createElement('nav');
        parent.insertBefore(nav, run[0] as ChildNode);
        for (const node of run) nav.appendChild(node);
      }
      run = [];
    };
    for (const node of [...parent.childNodes]) {
      if (isInPageLink(node) || (run.length > 0 && isSpace(node))) run.push(node);
      else flush();
    }
    flush();
  }
}
