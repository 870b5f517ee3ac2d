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

/**
 * A name word, whole: it starts a word (not after an apostrophe or hyphen inside one) and ends
 * one, so a failed match does not retry every start and every shorter prefix inside a long run
 * of letters (the ReDoS check found that polynomial).
 */
const NAME = String.raw`\p{Lu}[\p{L}'’-]{1,30}(?![\p{L}'’-])`;
const YEAR = String.raw`(?:1[5-9]|20)\d\d`;
const BARE = new RegExp(
  String.raw`(?<![\p{L}\p{N}('’-])(${NAME})(?:(?: and | & )(${NAME})|( et al\.?))?,? (${YEAR})([a-z])?(?![\p{L}\p{N}])(?: and (${YEAR})([a-z])?(?![\p{L}\p{N}]))?`,
  'gu',
);

export function findBareMentions(text: string): BareMention[] {
  const out: BareMention[] = [];
  for (const m of text.matchAll(BARE)) {
    const [whole, first, second, etAl, year, suffix, laterYear, laterSuffix] = m;
    if (!first || !year) continue;
    const start = m.index ?? 0;
    const families = second ? [nameKey(first), nameKey(second)] : [nameKey(first)];
    const item = (y: string, s: string | undefined) => ({
      families,
      etAl: etAl !== undefined,
      year: y,
      suffix: s ?? '',
    });
    // "Haralick et al., 1973 and 1979": a second year after "and" is another work of those names.
    const and = laterYear === undefined ? -1 : whole.lastIndexOf(' and ');
    out.push({ start, end: start + (and < 0 ? whole.length : and), item: item(year, suffix) });
    if (laterYear !== undefined)
      out.push({ start: start + and + 5, end: start + whole.length, item: item(laterYear, laterSuffix) });
  }
  return out;
}
