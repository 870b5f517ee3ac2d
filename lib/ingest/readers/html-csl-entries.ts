/**
 * Pandoc and citeproc lay out an entry of a numbered style (IEEE, Vancouver) in columns:
 * <div class="csl-entry"><div class="csl-left-margin">[1] </div><div class="csl-right-inline">
 * M. Vangel, …</div></div>. The label and the work are one entry, which a reader sees on one
 * line; as blocks of their own, "[1]" would be read as an entry with no work. Each such part is
 * rewritten, in place, as a <span>, so the entry reads whole.
 */
const ENTRY_PARTS = ['csl-left-margin', 'csl-right-inline', 'csl-block', 'csl-indent'];

export function inlineCslEntryParts(root: Element): void {
  for (const part of ENTRY_PARTS) {
    for (const div of [...root.getElementsByClassName(part)]) {
      if (div.tagName.toLowerCase() !== 'div' || !div.parentElement) continue;
      const span = div.ownerDocument.createElement('span');
      span.setAttribute('class', part);
      while (div.firstChild) span.appendChild(div.firstChild);
      span.appendChild(div.ownerDocument.createTextNode(' '));
      div.parentElement.replaceChild(span, div);
    }
  }
}
