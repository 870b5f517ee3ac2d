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
 * A name and a year: "Friedman 2008", "Raj and Maloy 1990", "Haralick et al., 1973 and 1979", and
 * as table cells are typed, "Wetmur,1991", "von Ahsen et al ,2001", "Chester and al. 1993". No
 * lookaround: that a name starts a word and a year ends one is checked in code (joinedBefore,
 * runsOn). With lookarounds the ReDoS check's fuzzer twice reported a polynomial in its own
 * engine's handling of them, failing the unit run at random (V8 ran them in linear time); without,
 * it finds none. A name is followed by a space or a comma, so it always ends a word.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’-]{1,30}`;
const YEAR = String.raw`(?:1[5-9]|20)\d\d`;
const BARE = new RegExp(
  String.raw`(${NAME})(?:(?: and | & )(${NAME})|( et al\.?| and al\.?))?(?:, | ,|,| , | )(${YEAR})([a-z]?)(?: and (${YEAR})([a-z]?))?`,
  'gu',
);

/** Inside a word, or right after "(", an apostrophe or a hyphen: no mention starts there. */
const joinedBefore = (text: string, at: number) =>
  /[\p{L}\p{N}('’-]$/u.test(text.slice(Math.max(0, at - 2), at));
/** A year that runs on into a word or a longer number ("2010ab", "20101") ends no mention. */
const runsOn = (text: string, at: number) => /^[\p{L}\p{N}]/u.test(text.slice(at, at + 2));

export function findBareMentions(text: string): BareMention[] {
  const out: BareMention[] = [];
  const pattern = BARE;
  pattern.lastIndex = 0; // a global expression keeps where it stopped: start every text at 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const [matched, first, second, etAl, year, suffix] = m;
    const firstEnd = start + matched.length - (m[6] === undefined ? 0 : ` and ${m[6]}${m[7] ?? ''}`.length);
    if (!first || !year || joinedBefore(text, start) || runsOn(text, firstEnd)) {
      // Not a mention here: look again from the next character, as a lookbehind would have.
      pattern.lastIndex = start + 1;
      continue;
    }
    // A second year that runs on is no year: the mention ends with the first.
    const later = m[6] !== undefined && !runsOn(text, start + matched.length);
    const whole = later ? matched : matched.slice(0, firstEnd - start);
    if (!later) pattern.lastIndex = start + whole.length;
    const laterYear = later ? m[6] : undefined;
    const laterSuffix = later ? m[7] : undefined;
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
