import { isGeneration, isInitials } from '../authors';
import { YEAR } from '../year-pattern';
import { isNameWord, isParticle, nameKey } from './names';

/**
 * One work named by an author–date callout: "Smith & Jones, 2020" or "Smith et al. 2019a". A
 * callout "(Smith, 2020; Lee, 2018)" has two items, and "Smith and Jones (2020, 2021)" two as well.
 */
export interface CalloutItem {
  /** Family-name keys as written (nameKey): the first author's, and the second's for two authors. */
  families: string[];
  /** "et al.": three authors or more. */
  etAl: boolean;
  /** "2020", or "n.d." */
  year: string;
  /** "a" in "2019a"; "" when none. */
  suffix: string;
  /** "(2015, in revision)", "(2019, submitted)": a dated work not yet published. */
  pending?: boolean;
  /** "[Boon2012]", a citation key: the first author's name only, so any number of authors fits. */
  anyCount?: boolean;
}

export interface Names {
  families: string[];
  etAl: boolean;
}

const MAX_NAME_WORDS = 5;

/**
 * Capitalised words that come before a year but name no author: "(March 2020)", "(Table 2, 2019)",
 * "Now (2014), however", "(Copyright 1991, …)", "Version 2 (2019)".
 */
const NOT_NAMES = new Set(
  `january february march april may june july august september october november december spring summer
  autumn fall winter table figure fig supplementary appendix since until before after in from by during
  circa now then today recently later earlier currently copyright version release revision updated
  accessed retrieved`.split(/\s+/),
);

/** Whether a capitalised word before a year is one of those that name no author ("Now", "March"). */
export const namesNoAuthor = (word: string): boolean => NOT_NAMES.has(word.toLowerCase());

/** A given name written as initials: "R.", "R.A.", "J.-P.". */
const INITIALS = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;

/**
 * "van der Berg" -> itself, "World Health Organization" -> itself, "R. A. Fisher" -> "fisher" (a
 * writer may give the initials; the entry is found by the family name); null for "the data" or "n =".
 */
function familyOf(part: string): string | null {
  const words = part.split(' ').filter((w) => w !== '');
  const afterInitials = words.findIndex((w) => !INITIALS.test(w));
  // Only before one family name: "U.S. Census Bureau" is a body's name, initials and all.
  if (afterInitials > 0 && words.slice(afterInitials).filter((w) => !isParticle(w)).length === 1)
    words.splice(0, afterInitials);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
  const last = words[words.length - 1] as string;
  if (!isNameWord(last)) return null;
  if (!words.every((w) => isNameWord(w) || isParticle(w))) return null;
  if (words.some((w) => NOT_NAMES.has(w.toLowerCase()))) return null;
  return nameKey(words.join(' '));
}

/** Lower-case words inside the name of a body: "Centers for Disease Control and Prevention". */
const ORGANISATION_JOINERS = new Set([
  'of',
  'for',
  'and',
  '&',
  'the',
  'on',
  'in',
  'de',
  'du',
  'des',
  'für',
  'und',
]);
const MAX_ORGANISATION_WORDS = 12;
const ORGANISATION_WORD = /^[\p{Lu}\d][\p{L}\d'’.-]*$/u;

/**
 * A body named in full, read as one author: "Centers for Disease Control and Prevention", "U.S.
 * Department of Health and Human Services", "National Academies of Sciences, Engineering, and
 * Medicine", "14CHRONO Centre of the Queen's University of Belfast". Tried when the words do not
 * read as people's names; a leading "The" is no part of the name. Its key is matched against an
 * entry's whole byline.
 */
export function parseOrganisation(written: string): Names | null {
  const text = written
    .replace(/\[[^\][]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/,$/, '')
    .replace(/^the /i, '');
  const words = text.split(' ').map((w) => w.replace(/,$/, ''));
  const [first] = words;
  const last = words[words.length - 1] ?? '';
  // "B of Baek and Mann" is a label and names, not a body: a body's name opens with a word.
  if (!first || first.length < 2 || words.length < 2 || words.length > MAX_ORGANISATION_WORDS) return null;
  // "(Sky & Telescope, March 1991, page 297)": a month right before the year dates a magazine's issue.
  if (NOT_NAMES.has(first.toLowerCase()) || NOT_NAMES.has(last.toLowerCase())) return null;
  if (ORGANISATION_JOINERS.has(last.toLowerCase())) return null;
  const nameWord = (w: string) => ORGANISATION_WORD.test(w) && /\p{L}/u.test(w);
  if (!nameWord(first) || !words.every((w) => nameWord(w) || ORGANISATION_JOINERS.has(w.toLowerCase())))
    return null;
  return { families: [nameKey(text)], etAl: false };
}

/** Whether the words are one family name written in letters of both cases ("Chester", "van der Berg"), not "UK". */
const isOneFamily = (words: readonly string[]) => {
  const family = words.filter((w) => !isParticle(w));
  return family.length === 1 && /\p{Ll}/u.test(family[0] as string);
};

/**
 * The names without what a writer may add after a family name, as entries print bylines: a
 * generation ("Santalucia, Jr.", "John Santalucia Jr"), and initials after one family name
 * ("Chester N et al.", "Smith JA", "Record, M.T., Jr"). "Cancer Research UK" keeps its "UK".
 */
function withoutNameTails(parts: readonly string[]): string[] {
  const kept: string[] = [];
  for (const part of parts) {
    const previous = kept.at(-1);
    if (previous !== undefined && isGeneration(part)) continue;
    if (previous !== undefined && isInitials(part) && isOneFamily(previous.split(' '))) continue;
    const words = part.split(' ');
    while (words.length > 1 && isGeneration(words.at(-1) as string)) words.pop();
    const last = words.at(-1) as string;
    const initialsAfterOne = isInitials(last) && !/\p{Ll}/u.test(last) && isOneFamily(words.slice(0, -1));
    kept.push((initialsAfterOne ? words.slice(0, -1) : words).join(' '));
  }
  return kept;
}

/** "Smith & Jones", "Smith and Jones", "Smith et al.", "Smith, Jones, & Lee", "WHO [World ...]". */
export function parseNames(written: string): Names | null {
  let text = written.replace(/\s+/g, ' ').trim();
  // "World Health Organization [WHO]": the abbreviation defined in brackets names the same body.
  text = text
    .replace(/\[[^\][]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.endsWith(',')) text = text.slice(0, -1).trim();
  let etAl = false;
  // "and al." and "al." are common slips for "et al." ("Chester and al. 1993", "Freier al. 1986").
  const etAlAt = text.search(
    /\b(?:et al\.?|and al\.?|al\.|and (?:others|colleagues|co-?workers|collaborators))$/,
  );
  if (etAlAt >= 0) {
    etAl = true;
    text = text.slice(0, etAlAt).replace(/,\s*$/, '').trim();
  }
  // The spaces are single here, so a separator can be matched only one way.
  const parts = withoutNameTails(text.split(/ ?, ?(?:& ?|and )?| (?:&|and) /));
  const families = parts.map(familyOf);
  if (families.length === 0 || families.some((f) => f === null)) return null;
  if (etAl && families.length > 1) return null;
  return { families: families.slice(0, 2) as string[], etAl: etAl || families.length > 2 };
}

/**
 * Works not yet dated: "in press", "in review", "in preparation", "forthcoming". Each is its own
 * year key, so "(Smith, in review)" names the entry "Smith, J. (in review)." and no other.
 */
export const UNDATED = '[Ii]n press|[Ii]n review|[Ii]n preparation|[Ff]orthcoming';
const YEAR_AT = new RegExp(String.raw`(?:(${YEAR})([a-z])?|(n\.\s?d\.)|(${UNDATED}))(?![\p{L}\p{N}])`, 'uy');
const SUFFIX_AT = /([a-z])(?=\s*(?:,|$))/uy;
/** What may follow an item's years: a comma or semicolon, a page after a colon, a first edition's year in brackets. */
const AFTER_YEARS = new RegExp(String.raw`^\s*(?:[,;]|:\s?\d|\[${YEAR}\])`);
/** Between two years of one byline: "2020, 2021", "2020; 2021", "2020, and 2021", "2020 and 2021", "2020a & b". */
const COMMA_AT = /\s*[,;]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/y;
/** The first year of an item: what comes before it is the names. */
export const FIRST_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${YEAR}[a-z]?(?![\p{L}\p{N}])|n\.\s?d\.|${UNDATED})`,
  'u',
);

/**
 * The years from `at` on: "2020", "2020, 2021", "2020 and 2021", "2020a, b", "n.d.". Returns them with where the
 * list ends; what follows must be nothing or a comma (a page, "for a review").
 */
export function readYears(
  text: string,
  at: number,
): { years: [string, string][]; end: number; pending: boolean } | null {
  const years: [string, string][] = [];
  let pos = at;
  for (;;) {
    YEAR_AT.lastIndex = pos;
    const m = YEAR_AT.exec(text);
    if (m) {
      years.push([m[1] ?? (m[3] ? 'n.d.' : (m[4] as string).toLowerCase()), m[2] ?? '']);
      pos = YEAR_AT.lastIndex;
    } else if (years.length > 0) {
      SUFFIX_AT.lastIndex = pos;
      const s = SUFFIX_AT.exec(text);
      if (!s) break;
      years.push([(years[years.length - 1] as [string, string])[0], s[1] as string]);
      pos = SUFFIX_AT.lastIndex;
    } else {
      return null;
    }
    COMMA_AT.lastIndex = pos;
    if (!COMMA_AT.test(text)) break;
    const next = COMMA_AT.lastIndex;
    YEAR_AT.lastIndex = next;
    SUFFIX_AT.lastIndex = next;
    if (!YEAR_AT.test(text) && !SUFFIX_AT.test(text)) break;
    pos = next;
  }
  // After the years: nothing, a locator or remark after a comma or semicolon ("2011; see also
  // …"), a page after a colon ("2019: 45"), the first edition's year in brackets ("2019 [1887]"),
  // or lower-case prose ("Margueron and Reinberg, 2010 for a recent review").
  const rest = text.slice(pos);
  if (rest.trim() !== '' && !AFTER_YEARS.test(rest) && !/^\s+\p{Ll}/u.test(rest)) return null;
  return { years, end: pos, pending: PENDING_AFTER.test(rest) };
}

/** A remark after the year saying the work is not yet published: "(2015, in revision)". */
const PENDING_AFTER =
  /^\s*,\s*(?:in (?:revision|review|preparation)|submitted|under review)(?![\p{L}\p{N}])/iu;

export function itemsOf(names: Names, years: [string, string][], pending = false): CalloutItem[] {
  return years.map(([year, suffix]) => ({
    families: names.families,
    etAl: names.etAl,
    year,
    suffix,
    ...(pending ? { pending } : {}),
  }));
}
