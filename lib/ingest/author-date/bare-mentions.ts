import type { CalloutItem } from './callout-items';
import { nameKey } from './names';

/**
 * A listed work named without brackets: "from the Friedman 2008 Biostatistics paper", a table
 * cell "Raj and Maloy 1990". Names and a year alone are weak evidence, so the caller keeps one
 * only when exactly one entry has those names and that very year.
 */
export interface BareMention {
  start: number;
  end: number;
  item: CalloutItem;
}

const NAME = String.raw`\p{Lu}[\p{L}'’-]{1,30}`;
const BARE = new RegExp(
  String.raw`(?<![\p{L}\p{N}(])(${NAME})(?:(?: and | & )(${NAME})|( et al\.?))?,? ((?:1[5-9]|20)\d\d)([a-z])?(?![\p{L}\p{N}])`,
  'gu',
);

export function findBareMentions(text: string): BareMention[] {
  const out: BareMention[] = [];
  for (const m of text.matchAll(BARE)) {
    const [whole, first, second, etAl, year, suffix] = m;
    if (!first || !year) continue;
    const start = m.index ?? 0;
    out.push({
      start,
      end: start + whole.length,
      item: {
        families: second ? [nameKey(first), nameKey(second)] : [nameKey(first)],
        etAl: etAl !== undefined,
        year,
        suffix: suffix ?? '',
      },
    });
  }
  return out;
}
