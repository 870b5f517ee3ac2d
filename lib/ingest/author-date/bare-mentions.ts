import { GENERATIONS } from '../authors';
import { YEAR } from '../year-pattern';
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
  /** The first name typed in lower case, "(from wetmur 1991)": weaker still, for the caller to weigh. */
  lowerCase: boolean;
}

/**
 * A name and a year: "Friedman 2008", "Raj and Maloy 1990", "Haralick et al., 1973 and 1979", and
 * as table cells are typed, "Wetmur,1991", "von Ahsen et al ,2001", "Chester and al. 1993". Read
 * from each year backwards, a character at a time: one expression for the whole mention (a name of
 * letters and apostrophes, "and" or "&", a second name, "et al.", a separator, a year) was
 * reported polynomial at random by the ReDoS check's fuzzer, whatever its form, failing the unit
 * run; a year, then code, leaves it nothing to find.
 */
const YEARS = new RegExp(YEAR, 'g');
const STARTS_WITH_YEAR = new RegExp(`^${YEAR}`);
const NAME_CHAR = /[\p{L}'’-]/u;
const UPPER = /\p{Lu}/u;
/** Words that stand before a year in prose far more often than a name typed in lower case does. */
const FUNCTION_WORDS = new Set(
  'and or the for from with since until between after before during in of to by see also than about around circa year years'.split(
    ' ',
  ),
);
/** "wetmur": a name typed all in lower case, three letters or more, and no word of prose. */
const isLowerCaseName = (name: string) =>
  name.length >= 3 && /^[\p{Ll}'’-]+$/u.test(name) && !FUNCTION_WORDS.has(name);
/** A name is two to thirty-one of its characters ("\p{L}[\p{L}'’-]{1,30}"), most often a capital first. */
const NAME_LENGTH = 31;
/** Between names and year, longest first: "Smith , 2001", "Smith, 2001", "Smith ,2001", "Smith,2001", "Smith 2001". */
const SEPARATORS = [' , ', ', ', ' ,', ',', ' '];
const ET_AL = [' et al.', ' et al', ' and al.', ' and al', ' al.'];
const JOINS = [' and ', ' & '];

/** Inside a word, or right after "(", an apostrophe or a hyphen: no mention starts there. */
const joinedBefore = (text: string, at: number) =>
  /[\p{L}\p{N}('’-]$/u.test(text.slice(Math.max(0, at - 2), at));
/** A year that runs on into a word or a longer number ("2010ab", "20101") ends no mention. */
const runsOn = (text: string, at: number) => /^[\p{L}\p{N}]/u.test(text.slice(at, at + 2));

/** The name that ends at `end`, read backwards, with where it starts; null when none does. */
function nameEndingAt(text: string, end: number): { name: string; start: number } | null {
  let start = end;
  while (start > 0 && end - start <= NAME_LENGTH && NAME_CHAR.test(text[start - 1] as string)) start--;
  const name = text.slice(start, end);
  if (name.length < 2 || name.length > NAME_LENGTH) return null;
  if (!UPPER.test(name[0] as string) && !isLowerCaseName(name)) return null;
  return joinedBefore(text, start) ? null : { name, start };
}

/**
 * What an entry-like mention may write after the family name: a generation ("Santalucia, Jr.,
 * 1998"), initials ("Chester N et al. 1993", "Record, M.T., Jr, 1967"). Read on the few characters
 * before the names' end.
 */
const GENERATION_TAIL = new RegExp(`(?:, ?| )(?:${GENERATIONS})\\.?$`);
const DOTTED_INITIALS_TAIL = /(?:, ?| )(?:\p{Lu}\.){1,3}$/u;
/** Initials without full stops, "Chester N", only before "et al.": "Group A 1990" names "A". */
const BARE_INITIALS_TAIL = / \p{Lu}{1,2}$/u;
const TAIL_WINDOW = 12;

/** Before the tail the pattern finds at the end of text[0, end), or `end`. */
function beforeTail(text: string, end: number, tail: RegExp): number {
  const m = tail.exec(text.slice(Math.max(0, end - TAIL_WINDOW), end));
  return m ? end - m[0].length : end;
}

/** Where the family name ends before `end`: before a generation, then initials, when a name written in both cases stands there. */
function familyEnd(text: string, end: number, etAl: boolean): number {
  const beforeGeneration = beforeTail(text, end, GENERATION_TAIL);
  const dotted = beforeTail(text, beforeGeneration, DOTTED_INITIALS_TAIL);
  const beforeInitials =
    dotted === beforeGeneration && etAl ? beforeTail(text, dotted, BARE_INITIALS_TAIL) : dotted;
  const namedAt = (at: number) => /\p{Ll}/u.test(nameEndingAt(text, at)?.name.slice(1) ?? '');
  if (beforeInitials !== beforeGeneration && namedAt(beforeInitials)) return beforeInitials;
  return beforeGeneration !== end && namedAt(beforeGeneration) ? beforeGeneration : end;
}

/** The year at `at` with its letter ("2001b"), and where it ends; null when it runs on. */
function yearAt(text: string, at: number): { year: string; suffix: string; end: number } | null {
  const year = text.slice(at, at + 4);
  const letter = text[at + 4] ?? '';
  const suffix = /^[a-z]$/.test(letter) ? letter : '';
  const end = at + 4 + suffix.length;
  return runsOn(text, end) ? null : { year, suffix, end };
}

export function findBareMentions(text: string): BareMention[] {
  const out: BareMention[] = [];
  for (const m of text.matchAll(YEARS)) {
    const found = yearAt(text, m.index);
    if (!found) continue;
    // "Power et al.2012": the full stop of "et al." may be all that stands before the year.
    const separator =
      SEPARATORS.find((s) => text.endsWith(s, m.index)) ??
      (text.endsWith(' et al.', m.index) ? '' : undefined);
    if (separator === undefined) continue;
    let namesEnd = m.index - separator.length;
    const etAl = ET_AL.find((e) => text.endsWith(e, namesEnd));
    if (etAl !== undefined) namesEnd -= etAl.length;
    // "Mitsuhashi. et al, 1996": a stray full stop after a name before "et al".
    if (etAl !== undefined && text[namesEnd - 1] === '.' && /\p{Ll}/u.test(text[namesEnd - 2] ?? ''))
      namesEnd--;
    namesEnd = familyEnd(text, namesEnd, etAl !== undefined);
    const last = nameEndingAt(text, namesEnd);
    if (!last) continue;
    const join = etAl === undefined ? JOINS.find((j) => text.endsWith(j, last.start)) : undefined;
    const first = join === undefined ? null : nameEndingAt(text, last.start - join.length);
    const start = first?.start ?? last.start;
    const families = first ? [nameKey(first.name), nameKey(last.name)] : [nameKey(last.name)];
    const item = (y: string, suffix: string) => ({ families, etAl: etAl !== undefined, year: y, suffix });
    const lowerCase = !UPPER.test(text[start] as string);
    out.push({ start, end: found.end, item: item(found.year, found.suffix), lowerCase });
    // "Haralick et al., 1973 and 1979": a second year after "and" is another work of those names.
    const second = text.startsWith(' and ', found.end) ? found.end + 5 : -1;
    const again =
      second >= 0 && STARTS_WITH_YEAR.test(text.slice(second, second + 4)) ? yearAt(text, second) : null;
    if (again) out.push({ start: second, end: again.end, item: item(again.year, again.suffix), lowerCase });
  }
  return out;
}
