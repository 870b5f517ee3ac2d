import { isWhitespace, trimEndOf, trimOf } from '@/lib/text/scan';
import type { ParsedAuthor } from '../authors';
import { NO_PUBLICATION, normalisePages, type Publication } from '../publication';
import { YEAR } from '../year-pattern';

/*
 * Pieces shared by the IEEE, MLA and Chicago author–date readers. Every one scans with indexOf or
 * a loop over the characters, and the few expressions are anchored with no repeated group that
 * could be split two ways.
 */

export interface StyledEntry {
  byline: string;
  /** The authors when the style's reader names them itself; otherwise parseAuthors(byline). */
  authors?: ParsedAuthor[];
  year: number | null;
  title: string | null;
  publication: Publication;
}

/**
 * reference-entry's splitTitle, handed in rather than imported (it imports these readers): where a
 * title ends at its first full stop outside quotes that is not an abbreviation.
 */
export type TitleSplitter = (rest: string) => { title: string; tail: string };

export { NO_PUBLICATION };

const OPENING = '"“';
const isPunctuationOrSpace = (c: string) => isWhitespace(c) || ',.;:'.includes(c);

export function tidy(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const t = trimOf(text, isPunctuationOrSpace).trim();
  return t === '' ? null : t;
}

export interface Quoted {
  /** The text before the opening quote, trimmed. */
  before: string;
  /** The quoted text without its quotes and without the ",", "." it ends with. */
  title: string;
  /** The last character inside the quotes: "," for IEEE, "." "?" "!" for MLA and Chicago. */
  closingMark: string;
  /** The text after the closing quote, trimmed. */
  after: string;
}

/** The first quoted stretch of the text, if it closes. */
export function firstQuoted(text: string): Quoted | null {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (OPENING.includes(text[i] as string)) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  const close = text[open] === '“' ? text.indexOf('”', open + 1) : text.indexOf('"', open + 1);
  const inside = close < 0 ? '' : text.slice(open + 1, close).trim();
  if (inside === '') return null;
  const closingMark = inside[inside.length - 1] ?? '';
  const title = ',.'.includes(closingMark) ? inside.slice(0, -1).trim() : inside;
  return { before: text.slice(0, open).trim(), title, closingMark, after: text.slice(close + 1).trim() };
}

const YEAR_WORD = new RegExp(`^(${YEAR})[a-z]?$`);

/** "1999" → 1999 when the whole segment is a year; null otherwise. */
function yearOf(word: string): number | null {
  if (word.length < 4 || word.length > 5) return null;
  const digits = YEAR_WORD.exec(word);
  return digits ? Number(digits[1]) : null;
}

/** The last year among the words of a short segment ("Jan. 1959", "12 Mar. 2019", "2019"). */
export function segmentYear(segment: string): number | null {
  const words = segment.split(' ');
  if (words.length > 4) return null;
  const last = trimEndOf(words[words.length - 1] ?? '', (c) => '.,;)'.includes(c));
  return yearOf(last);
}

/** The text cut at every ", " (commas inside numbers such as "1,024" stay). */
export function commaSegments(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let c = text.indexOf(', ', from); c >= 0; c = text.indexOf(', ', from)) {
    parts.push(text.slice(from, c).trim());
    from = c + 2;
  }
  parts.push(text.slice(from).trim());
  return parts.filter((p) => p !== '');
}

const VOLUME = /^vols?\.\s?(\S+)$/i;
const NUMBER = /^(?:no|nos|iss)\.\s?(\S+)$/i;
const PAGES = /^(?:pp?\.|art\.\s?no\.|pages?)\s?(\S+)$/i;
const EDITORS = /^(?:edited by|ed\.\sby|trans(?:\.|lated)\sby)\s/i;
const EDITORS_AFTER = /\bEds?\.\s/;
const NUMBERED = /^(?:vols?|no|nos|iss|pp?)\.\s/i;
const ACCESSED = /^\(?(?:accessed|retrieved|viewed)\b/i;

/** The tail up to a web page's "[Online]", "(accessed ...)" or "Accessed: ...", dates of no edition. */
function beforeAccess(tail: string): string {
  const lower = tail.toLowerCase();
  let end = tail.length;
  for (const mark of ['[online]', '(accessed', 'accessed:', '(retrieved']) {
    const at = lower.indexOf(mark);
    if (at >= 0 && at < end) end = at;
  }
  return tail.slice(0, end);
}

export interface SegmentTail {
  publication: Publication;
  year: number | null;
}

/**
 * The comma-separated tail of an IEEE or MLA entry: "IEEE Trans. Electron Devices, vol. ED-11,
 * no. 1, pp. 34–39, Jan. 1959", "PMLA, vol. 128, no. 1, Jan. 2013, pp. 193-200", a book's
 * "Cambridge, MA, USA: MIT Press, 1986" or "Vintage, 2001", a chapter's "in Computers and You,
 * J. S. Brake, Ed. New York, NY, USA: Wiley, 1994, pp. 55-70". `hasContainer`: the first plain
 * segment names the journal or book the work is in (an article or chapter), not a publisher.
 */
export function readSegmentTail(tail: string, hasContainer: boolean, { mla = false } = {}): SegmentTail {
  const text = trimEndOf(beforeAccess(tail).trim(), (c) => c === '.' || isWhitespace(c));
  const publication: Publication = { ...NO_PUBLICATION };
  let year: number | null = null;
  const plain: string[] = [];
  let container: string | null = null;
  let seen = false;
  for (const whole of commaSegments(text)) {
    // MLA: a second container ("pp. 145–163. JSTOR, www.jstor.org/…") starts after a full stop.
    const label = NUMBERED.exec(whole);
    const second = mla && (seen || label !== null) && segmentYear(whole) === null;
    const stop = second ? whole.indexOf('. ', label ? label[0].length : 1) : -1;
    const segment = stop > 0 ? whole.slice(0, stop) : whole;
    const volume = VOLUME.exec(segment);
    const number = NUMBER.exec(segment);
    const pages = PAGES.exec(segment);
    const inBook = /^in\s/i.test(segment) && container === null && plain.length === 0;
    // MLA: a container with a comma in its name ("Geografiska Annaler. Series B, Human Geography").
    if (mla && (volume || number) && !seen && container !== null && plain.length > 0) {
      container = [container, ...plain.splice(0)].join(', ');
    }
    if (volume || number || pages) seen = true;
    if (volume) publication.volume = tidy(volume[1]);
    else if (number) publication.issue = tidy(number[1]);
    else if (pages) publication.pages = normalisePages(tidy(pages[1]));
    else if (segmentYear(segment) !== null) {
      year = segmentYear(segment);
      seen = true;
    } else if (ACCESSED.test(segment)) break;
    else if (inBook) {
      publication.chapter = true;
      container = segment.slice(3).trim();
    } else if (EDITORS.test(segment)) continue;
    else if (hasContainer && container === null) container = segment;
    else plain.push(segment);
    if (stop > 0) break;
  }
  publication.container = tidy(container);
  Object.assign(publication, placeAndPublisher(plain));
  return { publication, year };
}

/** "Cambridge", "MA", "USA: MIT Press" → place "Cambridge, MA, USA", publisher "MIT Press". */
function placeAndPublisher(plain: string[]): Pick<Publication, 'place' | 'publisher'> {
  // An editor's line before the place ("J. S. Brake, Ed. New York"): the place follows "Ed. ".
  const parts = plain.map((p) => {
    const ed = EDITORS_AFTER.exec(p);
    return ed ? p.slice(ed.index + ed[0].length) : p;
  });
  const lastEditor = plain.findLastIndex((p) => EDITORS_AFTER.test(p));
  const usable = lastEditor >= 0 ? parts.slice(lastEditor) : parts;
  const withColon = usable.findIndex((p) => p.includes(': '));
  if (withColon < 0) return { place: null, publisher: tidy(usable.join(', ')) };
  const segment = usable[withColon] as string;
  const colon = segment.indexOf(': ');
  const place = [...usable.slice(0, withColon), segment.slice(0, colon)].join(', ');
  const publisher = [segment.slice(colon + 2), ...usable.slice(withColon + 1)].join(', ');
  return { place: tidy(place), publisher: tidy(publisher) };
}

/** A byline's end without the full stop that closes it, keeping an initial's own ("Lee, Jane K."). */
export function bylineWithoutStop(byline: string): string {
  const b = byline.trim();
  if (!b.endsWith('.')) return b;
  const before = b[b.length - 3];
  const initial =
    /\p{Lu}/u.test(b[b.length - 2] ?? '') && (before === undefined || before === ' ' || before === '.');
  if (initial || b.endsWith('al.')) return b;
  return b.slice(0, -1);
}

/** "BMC genomics 16, 522", "Genome Biol. 17, 132", "Nature 387(6631), 365–369": journal, volume, pages. */
const JOURNAL_VOLUME_PAGES =
  /^(.{2,120}?)\.? (\d{1,5}[A-Z]?)(?:\s?\(([\w-]{1,8})\))?, ([A-Za-z]?\d{1,7}(?:\s?[-–]\s?[A-Za-z]?\d{1,7})?)$/;

/** A venue written as a journal, its volume, issue and pages, as Nature's and Springer's tails give it; else null. */
export function journalVolumePages(venue: string): Publication | null {
  const journal = JOURNAL_VOLUME_PAGES.exec(venue);
  if (!journal) return null;
  return {
    ...NO_PUBLICATION,
    container: tidy(journal[1]),
    volume: journal[2] ?? null,
    issue: journal[3] ?? null,
    pages: normalisePages(journal[4]),
  };
}

const PAREN_YEAR = new RegExp(String.raw`\s?\((${YEAR})[a-z]?\)`, 'g');

/**
 * The last year in parentheses in an entry, a space before it and a letter after it kept with it
 * ("… Math. Ann. 309, 573–591 (1997)", "… 15(1), 162-174 (1994b)"): where it stands, how long it
 * is, and the year. Springer's mathematics and colon-ended bylines date their entries so.
 */
export function lastParenYear(text: string): { index: number; length: number; year: number } | null {
  let last: RegExpMatchArray | null = null;
  for (const m of text.matchAll(PAREN_YEAR)) last = m;
  if (!last || last.index === undefined) return null;
  return { index: last.index, length: last[0].length, year: Number(last[1]) };
}
