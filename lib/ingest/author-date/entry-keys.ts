import { trimEndOf } from '@/lib/text/scan';
import { isInitials, parseAuthors } from '../authors';
import { entryText } from '../reference-entry';
import { YEAR } from '../year-pattern';
import { type CalloutItem, UNDATED } from './callout-items';
import { isNameWord, isParticle, nameKey, sameFamily } from './names';

/** What a callout is matched on in a reference entry: family names, year and suffix. */
export interface EntryKey {
  number: number;
  /** nameKey of each author's family name, in byline order; the byline itself for a body. */
  families: string[];
  /** nameKey of the whole byline, for a body ("World Health Organization"). */
  byline: string;
  year: string;
  suffix: string;
  /** The names written after the title, for an entry whose title comes first (late bylines). */
  late?: { families: string[]; byline: string };
}

/**
 * The first year of an entry, "(2019a)", "2019a.", "(n.d.)" or "(in press)". A number after a
 * colon or ending a range is a page, not a year: "Clin Chem, 47:1956-1961, 2001." gives its
 * year last.
 */
const ENTRY_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}:])(?<!\d[-–])(?:(${YEAR})([a-z])?(?![\p{L}\p{N}])|(n\.\s?d\.)|(${UNDATED})(?![\p{L}\p{N}]))`,
  'u',
);

/** Words a byline ends in with a full stop that do not end it: "et al.", "Jr.", "Sr.". */
const NOT_BYLINE_END = new Set(['al', 'jr', 'sr']);

/** The word that ends right before `at`: its letters, apostrophes and hyphens. */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && start > at - 40 && /[\p{L}'’-]/u.test(text[start - 1] as string)) start--;
  return text.slice(start, at);
}

/**
 * Where a byline that gives its year last ends: at the first full stop after a name, not after
 * an initial. BibTeX's plain style writes "H.T. Allawi and J.&nbsp;SantaLucia. Thermodynamics
 * of … Biochemistry, 36:10581-10594, 1997.": the byline is what comes before "Thermodynamics".
 */
function plainBylineEnd(text: string): number {
  for (let at = text.indexOf('. '); at >= 0; at = text.indexOf('. ', at + 1)) {
    const word = wordBefore(text, at);
    const lower = word.replace(/[^\p{Ll}]/gu, '').length;
    if (lower >= 2 && !NOT_BYLINE_END.has(word.toLowerCase())) return at;
  }
  return -1;
}

export function entryKey(number: number, raw: string): EntryKey | null {
  const text = entryText(raw);
  const year = ENTRY_YEAR.exec(text);
  if (!year) return null;
  // The byline ends where a title opens: "Robin Sibson: “SLINK: …”. The Computer Journal 16 (1973)."
  // gives its year last, after the title and the journal; so does BibTeX's plain style.
  const beforeYear = text.slice(0, year.index);
  const ends = [beforeYear.search(/:\s|[“"]/), plainBylineEnd(beforeYear)].filter((at) => at > 0);
  const end = ends.length > 0 ? Math.min(...ends) : beforeYear.length;
  const byline = trimEndOf(beforeYear.slice(0, end), (ch) => ' \t(.,'.includes(ch));
  const dated = year[3] ? 'n.d.' : year[4] ? year[4].toLowerCase() : (year[1] as string);
  const key = keyOf(number, byline, dated, year[2] ?? '');
  const late = namesOnly(byline) ? null : lateByline(beforeYear.slice(end + 1));
  return late
    ? { ...key, late: { families: parseAuthors(late).map((a) => nameKey(a.family)), byline: nameKey(late) } }
    : key;
}

/** "Fuminaka Sugauchi et al.", "Smith J, Lee K": names, initials, "and", particles and "et al." only. */
function namesOnly(text: string): boolean {
  const words = text
    .replace(/\bet al\b\.?/g, ' ')
    .split(/[\s,;&]+/)
    .filter((w) => w !== '' && w !== 'and');
  return (
    words.some((w) => isNameWord(w) && w.length > 1) &&
    words.every((w) => isNameWord(w) || isInitials(w) || isParticle(w))
  );
}

/** A byline's names ending in "et al.", right at the start of what follows the title. */
const ET_AL_BYLINE = /^[^.]{1,80}?\bet al\b\.?/u;

/**
 * The names after an entry's title when its title comes first: "Hepatitis B Virus of Genotype B
 * … the Core Gene. Fuminaka Sugauchi et al. JOURNAL OF VIROLOGY, June 2002". The segment after
 * the title, up to "et al." or its own full stop, when it holds names only; null otherwise.
 */
function lateByline(afterTitle: string): string | null {
  const rest = afterTitle.trimStart();
  const etAl = ET_AL_BYLINE.exec(rest)?.[0];
  const stop = plainBylineEnd(rest);
  const segment = etAl ?? (stop > 0 ? rest.slice(0, stop) : null);
  return segment !== null && namesOnly(segment) ? segment : null;
}

/** The key of an entry whose byline, year and suffix have been found. */
function keyOf(number: number, byline: string, year: string, suffix: string): EntryKey {
  const families = parseAuthors(byline).map((a) => nameKey(a.family));
  return { number, families, byline: nameKey(byline), year, suffix };
}

/** Whether `words` holds `name` as whole words: "mitas" is not in "mitasova h and hofierka l". */
const holdsWords = (words: string, name: string) => ` ${words} `.includes(` ${name} `);

/** Whether a callout item names an entry, by the byline before its title or, failing that, after it. */
function namesMatch(item: CalloutItem, key: EntryKey): boolean {
  return bylineNames(item, key) || (key.late !== undefined && bylineNames(item, key.late));
}

function bylineNames(item: CalloutItem, key: { families: string[]; byline: string }): boolean {
  const [first, second] = item.families;
  if (first === undefined) return false;
  const byline = key.byline.replace(/^the /, '');
  const firstMatches =
    (key.families[0] !== undefined && sameFamily(first, key.families[0])) ||
    holdsWords(byline.slice(0, first.length + 1).trim(), first) ||
    // "W. M. Smart On a Problem in Navigation … (1946)": initials, then the name, then the title;
    // "JR Hutton. Renaturation kinetics …": initials without full stops.
    holdsWords(
      byline
        .replace(/^(?:\p{L}{1,2} )+/u, '')
        .slice(0, first.length + 1)
        .trim(),
      first,
    ) ||
    givenNamesFirst(first, key);
  if (!firstMatches) return false;
  if (second === undefined) return true;
  return key.families.slice(1).some((f) => sameFamily(second, f)) || holdsWords(byline, second);
}

/**
 * "John J. Gumperz Discourse strategies. Vol. 1. … 1982.", "Carol Myers-Scotton Duelling
 * languages: …": given names, the name and then the title with nothing between them, so the
 * byline was read whole as one name. The callout's name is then the second, third or fourth word:
 * after a given name or two and an initial.
 */
function givenNamesFirst(first: string, key: { families: string[]; byline: string }): boolean {
  if (!key.families[0]?.includes(' ')) return false;
  return key.byline
    .split(' ')
    .slice(1, 4)
    .some((word) => sameFamily(first, word));
}

/** One author for "Smith", two for "Smith & Jones", three or more for "Smith et al.". */
const authorCountFits = (item: CalloutItem, k: EntryKey) =>
  item.anyCount || (item.etAl ? k.families.length >= 3 : k.families.length === item.families.length);

/**
 * The entries a callout item names: same year and suffix and first family name (and second, for
 * two). When several match, those whose author count fits the callout are preferred: one author
 * for "Smith", two for "Smith & Jones", three or more for "Smith et al.".
 */
export function candidates(item: CalloutItem, keys: readonly EntryKey[]): number[] {
  const exact = keys.filter((k) => k.year === item.year && k.suffix === item.suffix && namesMatch(item, k));
  // "(Yu et al., 2010)" where the list has 2010a and 2010b: the callout may mean either (an
  // ambiguous callout), not a work missing from the list.
  const named =
    exact.length > 0
      ? exact
      : item.suffix === ''
        ? keys.filter((k) => k.year === item.year && k.suffix !== '' && namesMatch(item, k))
        : unletteredNamesakes(item, keys);
  if (named.length <= 1) return named.map((k) => k.number);
  const fits = named.filter((k) => authorCountFits(item, k));
  // A work given again under its number (a list repeated under each member) is still one work.
  return [...new Set((fits.length > 0 ? fits : named).map((k) => k.number))];
}

/**
 * "2013b" against a list that gives those authors two works of 2013 or more and letters none of
 * them: the letter tells apart works the list holds without saying which, so the callout may mean
 * any of them (an ambiguous callout). One such work alone is no match: "b" says there is another.
 */
function unletteredNamesakes(item: CalloutItem, keys: readonly EntryKey[]): EntryKey[] {
  const sameYear = keys.filter((k) => k.year === item.year && namesMatch(item, k));
  return sameYear.length > 1 && sameYear.every((k) => k.suffix === '') ? sameYear : [];
}

/**
 * The one entry a callout names but for its year, one year off: "(James-Clark 1868)" against
 * "James-Clark, H. (1867)", also when the callout names fewer authors than that entry, the only
 * one of that name; or, for a work cited as in press, the newest of those authors'
 * works. Editors' tools link such a callout and query the year; so does the audit
 * (year_mismatch). Null when no entry, or more than one, is that near.
 */
export function yearNeighbour(item: CalloutItem, keys: readonly EntryKey[]): EntryKey | null {
  // "2010c" names one of several works of a year: a letter the list lacks is no slip in the year.
  if (item.suffix !== '') return null;
  const named = keys.filter((k) => namesMatch(item, k));
  const theirs = named.filter((k) => authorCountFits(item, k));
  if (PUBLISHED_SINCE.has(item.year)) return newest(theirs);
  const year = Number(item.year);
  if (!Number.isInteger(year)) return null;
  // Only when those names have one work in the whole list, or one whose author count fits:
  // "(Rigollier 2001)" for "Rigollier, Ch., Bauer, O., Wald, L. (2000)", its only work.
  const pool = named.length === 1 ? named : theirs;
  const [only] = pool;
  return pool.length === 1 && only && Math.abs(Number(only.year) - year) === 1 ? only : null;
}

/**
 * Callout years of a work accepted but not yet out when the text was written: by the time the
 * list was made it may carry its year ("Rouder & Morey (in press)" for their 2013 entry).
 */
const PUBLISHED_SINCE = new Set(['in press', 'forthcoming']);

/** The one newest of these entries, or null when none or two share the newest year. */
function newest(keys: readonly EntryKey[]): EntryKey | null {
  const dated = keys.filter((k) => /^\d{4}$/.test(k.year));
  const top = Math.max(...dated.map((k) => Number(k.year)));
  const at = dated.filter((k) => Number(k.year) === top);
  return at.length === 1 ? (at[0] ?? null) : null;
}

/**
 * The key of an entry that gives no year at all ("Stan Development Team. Stan Modeling Language
 * Users Guide. https://mc-stan.org/"), as many web pages and manuals are listed: its byline ends
 * at the first full stop or colon. Null for an entry that has a year (entryKey reads it).
 */
export function undatedEntryKey(number: number, raw: string): EntryKey | null {
  const text = entryText(raw);
  if (ENTRY_YEAR.test(text)) return null;
  const end = text.search(/[.:]\s/);
  const byline = (end > 0 ? text.slice(0, end) : text).trim();
  return byline === '' ? null : keyOf(number, byline, '', '');
}

/**
 * The one undated entry a callout's names match, author count and all: a writer who dates a work
 * the list leaves undated ("Stan Development Team (2017)") cites it, rather than the same
 * authors' work of another year. Null when none, or more than one, matches.
 */
export function undatedEntry(item: CalloutItem, undated: readonly EntryKey[]): EntryKey | null {
  if (item.suffix !== '') return null;
  const theirs = undated.filter((k) => namesMatch(item, k) && authorCountFits(item, k));
  return theirs.length === 1 ? (theirs[0] ?? null) : null;
}

/** Whether a family name is that of some listed author: a bare "Smith (2020)" needs this to count. */
export function isListedFamily(family: string, keys: readonly EntryKey[]): boolean {
  return keys.some((k) => k.families.some((f) => sameFamily(family, f)) || k.byline.startsWith(family));
}
