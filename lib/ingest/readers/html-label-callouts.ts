import type { SourceCitation } from '../document/source-document';

/**
 * Callouts written as an entry's label in brackets: "[Ho05]", "[CDHW73]", "[Pearl2009]". docutils
 * and Sphinx give each citation a label of letters and digits, and a writer may type the callout
 * as plain text, or link it to the same entry on another page: only the label, matched whole,
 * says which entry it is. Numeric labels are left to the number readers, which know ranges.
 */
const BRACKETED = /\[([^\][\s]{1,40})\]/gu;

/** An entry's label as its list shows it ("Ho05", "[Ho05]"), or null when it has no letters. */
export function entryLabel(text: string): string | null {
  const label = text.trim().replace(/^\[(.*)\]$/u, '$1');
  return /\p{L}/u.test(label) && /^[\p{L}\p{N}._+-]{2,40}$/u.test(label) ? label : null;
}

/** The "[Label]" callouts of one block's text that no callout already covers. */
export function labelCallouts(
  text: string,
  labels: ReadonlyMap<string, number>,
  covered: readonly SourceCitation[],
): SourceCitation[] {
  const out: SourceCitation[] = [];
  if (labels.size === 0) return out;
  for (const m of text.matchAll(BRACKETED)) {
    const number = labels.get(m[1] ?? '');
    if (number === undefined) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (covered.some((c) => c.targets.length > 0 && c.start < end && c.end > start)) continue;
    out.push({ start, end, targets: [number] });
  }
  return out;
}
