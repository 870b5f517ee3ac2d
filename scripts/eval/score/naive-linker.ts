import type { TruthReference } from '../truth/truth-article';
import type { CitingText } from './score-links';

/**
 * The floor the figures are read against: one regex per style, as a quick script would do it.
 * `[n]` names entry n; `(Name, 2000)` or `(Name et al. 2000)` names the first listed entry that
 * starts with that name and contains that year. Nothing else: no ranges, no lists inside one
 * pair of brackets, no narrative callouts, no superscripts.
 */
const NUMERIC = /\[(\d{1,4})\]/g;
const AUTHOR_DATE = /\(([A-Z][\p{L}'-]{1,40})(?: et al\.?)?,? (\d{4})[a-z]?\)/gu;

export function naiveLinks(chunks: string[], references: TruthReference[]): CitingText[] {
  return chunks.map((text) => {
    const cites = new Set<number>();
    for (const m of text.matchAll(NUMERIC)) cites.add(Number(m[1]));
    for (const m of text.matchAll(AUTHOR_DATE)) {
      const [, name = '', year = ''] = m;
      const ref = references.find((r) => r.text.startsWith(name) && r.text.includes(year));
      if (ref) cites.add(ref.number);
    }
    return { text, cites: [...cites] };
  });
}
