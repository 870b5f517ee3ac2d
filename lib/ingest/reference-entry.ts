import { forwardFinder, isWhitespace, trimEndOf } from '@/lib/text/scan';
import { isAbbreviationStop } from './abbreviations';
import { afterAlphabeticLabel } from './alphabetic-labels';
import { type ParsedAuthor, parseAuthors } from './authors';
import { withoutTrailingNotes } from './entry-notes';
import { readStyledEntry } from './entry-styles';
import { readColonByline } from './entry-styles/colon-byline';
import { firstQuoted } from './entry-styles/common';
import { readMath } from './entry-styles/math';
import { readNature } from './entry-styles/nature';
import type { WorkKind } from './graph-document';
import { afterYearLabel, entryLabel } from './lettered-labels';
import { type Publication, parsePublication } from './publication';
import { titleRunOn } from './title-run-on';
import { withoutWrappingBrackets } from './wrapped-entry';
import { YEAR } from './year-pattern';

/**
 * One reference entry as fields. APA-like entries are the target ("Authors (Year). Title.
 * Journal, volume(issue), pages." and "Authors (Year). Title. Place: Publisher."); Chicago
 * "Authors. Year. Title." and Vancouver "Journal. 2009;10(3):190-203" get what can be had.
 * Anything not understood stays null: the raw text is always kept beside the fields.
 */
export interface ParsedEntry extends Publication {
  authors: ParsedAuthor[];
  year: number | null;
  /** The letter after the year that tells apart two works of one author and year: "2004a" → "a". */
  yearSuffix: string | null;
  title: string | null;
  kind: WorkKind;
  doi: string | null;
  url: string | null;
}

const DOI = /(?:https?:\/\/(?:dx\.)?doi\.org\/|\bdoi:\s*)(10\.\d{4,9}\/\S+)|\b(10\.\d{4,9}\/\S+)/i;
const URL = /(?:\b(?:Retrieved|Available)\s+(?:from|at):?\s*)?(https?:\/\/\S+)/i;
const BARE_YEAR = new RegExp(String.raw`\b(${YEAR})\b`, 'g');
/** The number an entry of a numbered list starts with: "[1]", "[^1]:", "[2a]", "1.", "1)", "1 -". */
export const ENTRY_NUMBER = /^\s*(?:[-*•]\s+)?(?:\[\^?\d{1,4}[a-z]?\]:?|\d{1,4}[.)]|\d{1,3} [-–](?= ))\s+/;

/** The entry without its "[1]" / "1." prefix, its "[HM]" / "[AM97]" label or brackets round it all, on one line. */
export function entryText(raw: string): string {
  const text = afterAlphabeticLabel(raw) ?? raw.replace(ENTRY_NUMBER, '');
  return withoutWrappingBrackets(text.replace(/\s+/g, ' ').trim());
}

/** The text without a match, and without the brackets it leaves empty ("[http://…]"). */
function cut(text: string, match: { index: number; 0: string }): string {
  return `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
    .replace(/\[\s*\]|\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The last ". " of the text that is not an abbreviation or an initial and has more text after it,
 * or -1. "Is there a sentence break after i" is then one comparison, not a scan of the rest.
 */
function lastSentenceBreak(text: string): number {
  let end = text.length;
  while (end > 0 && isWhitespace(text[end - 1])) end--;
  for (let i = end - 2; i >= 0; i--) {
    if (text[i] === '.' && isWhitespace(text[i + 1]) && !isAbbreviationStop(text, i)) return i;
  }
  return -1;
}

/**
 * Where the title ends: the first ". ", "? " or "! " outside quotes that is not an abbreviation
 * or an initial. Quotes matter: “It might be nice to be a girl… Then you wouldn’t…”: Boys’ ...
 */
export function splitTitle(rest: string): { title: string; tail: string } {
  let quoted = false;
  let lastBreak: number | undefined; // computed on the first "?" or "!" that needs it
  const nextStop = stopFinder(rest); // reads nothing until a "?" or "!" asks
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] ?? '';
    const closing = c === '”' || (c === '"' && quoted);
    if (c === '“') quoted = true;
    else if (closing) quoted = false;
    else if (c === '"') quoted = true;
    // A quoted title that ends in its own full stop: “Research in the Psychology of Men.” Journal
    if (
      closing &&
      '.?!'.includes(rest[i - 1] ?? '') &&
      (i + 1 === rest.length || isWhitespace(rest[i + 1]))
    ) {
      return { title: rest.slice(0, i + 1).trim(), tail: rest.slice(i + 1).trim() };
    }
    if (quoted || !'.?!'.includes(c)) continue;
    const next = rest[i + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (c === '.' && isAbbreviationStop(rest, i)) continue;
    // "Get up! Why your chair is killing you. New York: ..." — a "?" or "!" inside a title is
    // followed by more sentences; the one that ends a title is followed by the venue alone.
    if (c !== '.' && !startsWithIn(rest, i + 1) && !beforeVancouverVenue(rest, i, nextStop)) {
      lastBreak ??= lastSentenceBreak(rest);
      if (lastBreak > i) continue;
    }
    return { title: rest.slice(0, c === '.' ? i : i + 1).trim(), tail: rest.slice(i + 1).trim() };
  }
  return { title: rest.replace(/\.$/, '').trim(), tail: '' };
}

const stopFinder = (text: string) => forwardFinder(text, (c, i) => c === '.' && text[i + 1] === ' ');
const VANCOUVER_VENUE_YEAR = new RegExp(String.raw`^${YEAR}[a-z]?(?: [A-Z][a-z]{2}(?: \d{1,2})?)?;`);

/**
 * Whether the "?" or "!" at `at` is followed by a Vancouver venue, "Gynecologic oncology.
 * 2011;122(3)": its own full stop then the year and ";". The venue then holds a ". " of its own,
 * which is not a sentence of the title.
 */
function beforeVancouverVenue(text: string, at: number, nextStop: (from: number) => number): boolean {
  const stop = nextStop(at + 1);
  return stop > 0 && stop - at < 200 && VANCOUVER_VENUE_YEAR.test(text.slice(stop + 2, stop + 20));
}

/** `/^In\s/` on the trimmed rest from `at`: "In" and a space with more text after it. */
const IN = /\s*In\s+\S/y;

function startsWithIn(text: string, at: number): boolean {
  IN.lastIndex = at;
  return IN.test(text);
}

/**
 * `/\(\s*((?:1[5-9]|20)\d{2})[a-z]?(?:,[^)]*)?\)\.?|\(\s*n\.\s?d\.\s*\)\.?/`: "(2009)", "(2009a, May 3)."
 * or "(n.d.)". The expression scanned to the end from every "(2009," when no ")" followed
 * (quadratic); here the opening is found first and the ")" looked for once.
 */
const PAREN_YEAR_START = new RegExp(String.raw`\(\s*(?:(${YEAR})[a-z]?(?=[,)])|n\.\s?d\.\s*(?=\)))`, 'g');

export function findParenYear(text: string): { index: number; 0: string; 1: string | undefined } | null {
  PAREN_YEAR_START.lastIndex = 0;
  const m = PAREN_YEAR_START.exec(text);
  if (!m) return null;
  // The first start always matches when a ")" follows; without one, no later start can close.
  const after = PAREN_YEAR_START.lastIndex;
  const end = text[after] === ')' ? after : text.indexOf(')', after);
  if (end < 0) return null;
  const stop = text[end + 1] === '.' ? end + 2 : end + 1;
  return { index: m.index, 0: text.slice(m.index, stop), 1: m[1] };
}

/**
 * Vancouver's year, printed before the volume: "Journal. 2014;133(5)", "2009 Sep;10(3)", "2013;
 * 3:1783". It is taken before the last year of the entry, which may be its pages ("1740–8").
 */
const VANCOUVER_YEAR = new RegExp(String.raw`\b(${YEAR})[a-z]?(?: [A-Z][a-z]{2}(?: \d{1,2})?)?;`);

function vancouverYear(text: string): number | null {
  const m = VANCOUVER_YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

function lastBareYear(text: string): number | null {
  const years = [...text.matchAll(BARE_YEAR)];
  return years.length > 0 ? Number(years[years.length - 1]?.[1]) : null;
}

/**
 * A Vancouver byline cut short by "et al.": "Liu F, Hendriks AE, et al. Title. …". The full stop
 * of "al." is an abbreviation's, so the title split cannot find this end; the names before it say
 * it is one (each with its initials).
 */
function bylineToEtAl(text: string): { byline: string; rest: string } | null {
  const at = text.indexOf(' et al. ');
  if (at < 0) return null;
  const byline = text.slice(0, at + ' et al.'.length);
  const authors = parseAuthors(byline);
  if (authors.length === 0 || authors.some((a) => a.given === null)) return null;
  return { byline, rest: text.slice(at + ' et al. '.length) };
}

/** The letter printed after the entry's year, "(2004a)" or "2004b.", when there is one. */
function yearSuffixOf(text: string, year: number | null): string | null {
  if (year === null) return null;
  for (let at = text.indexOf(String(year)); at >= 0; at = text.indexOf(String(year), at + 4)) {
    if (/\p{L}|\p{N}/u.test(text[at - 1] ?? '')) continue;
    const letter = text[at + 4] ?? '';
    if (/^[a-z]$/.test(letter) && !/\p{L}/u.test(text[at + 5] ?? '')) return letter;
  }
  return null;
}

interface Split {
  byline: string;
  year: number | null;
  rest: string;
}

/**
 * Chicago's "Byline. 2017. Title.": "s", since the text is one line (entryText folded its spaces),
 * so "." may as well take anything; then the end can never fail after a year is found, and nothing
 * backtracks over the spaces before it.
 */
const CHICAGO_BYLINE = new RegExp(String.raw`^(.+?\.)\s+(${YEAR})[a-z]?\.\s+(.*)$`, 's');

/** Separates byline, year and the rest; tries APA, then Chicago, then a year anywhere. */
function splitByline(text: string): Split {
  const apa = findParenYear(text);
  if (apa) {
    return {
      byline: text.slice(0, apa.index).trim(),
      year: apa[1] ? Number(apa[1]) : null,
      rest: text.slice(apa.index + apa[0].length).trim(),
    };
  }
  const chicago = CHICAGO_BYLINE.exec(text);
  if (chicago && parseAuthors(chicago[1] ?? '').length > 0 && (chicago[1] ?? '').split(' ').length <= 24) {
    return { byline: chicago[1] ?? '', year: Number(chicago[2]), rest: chicago[3] ?? '' };
  }
  const year = vancouverYear(text) ?? lastBareYear(text);
  // No year after the byline: an APA byline ends at an initial followed by a word that is neither
  // another initial, "&"/"and", nor a family name before its comma ("Smith, J. A. Untitled ...").
  const byline = /^(.+?\b\p{Lu}\.)\s+(?!\p{Lu}\.|&|and\b|\p{Lu}[\p{Ll}’'-]*,)/u.exec(text);
  const authors = byline ? parseAuthors(byline[1] ?? '') : [];
  if (byline && authors.length > 0 && authors.every((a) => a.given !== null)) {
    return { byline: byline[1] ?? '', year, rest: text.slice(byline[0].length) };
  }
  // Vancouver: "Neff KD, Beretvas SN. Title. Journal. 2013;12(1):78-98."
  const etAl = bylineToEtAl(text);
  if (etAl) return { ...etAl, year };
  const first = splitTitle(text);
  const vancouver = parseAuthors(first.title);
  if (first.tail !== '' && vancouver.length > 0 && vancouver.every((a) => a.given !== null)) {
    return { byline: first.title, year, rest: first.tail };
  }
  const initialsFirst = bylineToInitials(text);
  if (initialsFirst) return { ...initialsFirst, year };
  return { byline: '', year, rest: text };
}

/**
 * A Vancouver byline whose last initials the title split took for an abbreviation: "McGraw KO,
 * Wong SP. Forming inferences …", "DiFranza JR. Is it time …". The first of the entry's first three
 * full stops after which the text before reads as names with initials ends it.
 */
function bylineToInitials(text: string): { byline: string; rest: string } | null {
  let at = -1;
  for (let tries = 0; tries < 3; tries++) {
    at = text.indexOf('. ', at + 1);
    if (at < 0 || at > 600) return null;
    const byline = text.slice(0, at);
    if (!/\p{Lu}$/u.test(byline)) continue;
    const authors = parseAuthors(byline);
    if (authors.length > 0 && authors.every((a) => a.given !== null))
      return { byline, rest: text.slice(at + 2) };
  }
  return null;
}

function kindOf(p: Publication, url: string | null, tail: string): WorkKind {
  if (p.chapter) return 'chapter';
  if (/\b(?:report|working paper|white paper|dissertation|thesis)\b/i.test(tail)) return 'report';
  if (p.container && (p.volume || p.pages)) return 'article';
  if (p.publisher) return 'book';
  if (p.container) return 'article';
  if (url) return 'web';
  return 'unknown';
}

/** A styled entry with a URL and nothing of a journal or a book: a web page in its site. */
const isWebPage = (p: Publication, url: string | null) =>
  url !== null && !p.volume && !p.pages && !p.chapter && !p.place;

const isTrailingPunctuation = (c: string) => '.,;)'.includes(c);

/**
 * A web address without the punctuation of the sentence around it, nor the "]" or ")" of the
 * brackets it was printed in ("[http://erlang.org/]"), unless the address opened them itself
 * ("…Naming_conventions_(programming)"). DOIs keep their own trimming: a work's id is its DOI.
 */
function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const trimmed = trimEndOf(u, (c) => '.,;'.includes(c));
    const last = trimmed[trimmed.length - 1];
    const opener = last === ']' ? '[' : last === ')' ? '(' : null;
    const balanced =
      opener !== null && trimmed.split(opener).length > trimmed.split(last as string).length - 1;
    if (opener === null || balanced) return trimmed;
    u = trimmed.slice(0, -1);
  }
}

/**
 * Whether the entry is dated as APA dates it, "(2009)" after its byline. A year in parentheses
 * after a quoted title is a volume's, as the MLA that Google Scholar exports sets it: `Rousseeuw,
 * Peter J., and Christophe Croux. "Alternatives to …" Journal of the American Statistical
 * association 88.424 (1993): 1273-1283.`
 */
function apaDated(text: string): boolean {
  const paren = findParenYear(text);
  if (paren === null) return false;
  const quoted = firstQuoted(text);
  return quoted === null || paren.index < quoted.before.length;
}

export function parseReferenceEntry(raw: string): ParsedEntry {
  // "2011 - A robust …": the year label is read apart from the fields, but stays in entryText,
  // which a work's id is made from (decision 026: a better parse never changes an id).
  const text = entryText(raw);
  const parsed = parseEntryText(afterYearLabel(text) ?? text);
  // "2022a - A robust …": a list that labels works by year may print the year nowhere else.
  const label = parsed.year === null ? entryLabel(raw) : null;
  return label?.dashed ? { ...parsed, year: Number(label.number), yearSuffix: label.letter ?? null } : parsed;
}

function parseEntryText(entry: string): ParsedEntry {
  let text = entry;
  const doiMatch = DOI.exec(text);
  const doi = doiMatch
    ? trimEndOf(doiMatch[1] ?? doiMatch[2] ?? '', isTrailingPunctuation).toLowerCase()
    : null;
  if (doiMatch) text = cut(text, doiMatch);
  const urlMatch = URL.exec(text);
  const url = urlMatch?.[1] === undefined ? null : trimUrl(urlMatch[1]);
  if (urlMatch && url !== null) {
    // Only the address is cut: a bracket it was printed in goes with the other empty brackets.
    const printed = urlMatch[0].slice(0, urlMatch[0].length - (urlMatch[1]?.length ?? 0) + url.length);
    text = cut(text, { index: urlMatch.index, 0: printed });
  }
  text = withoutTrailingNotes(text);
  // Nature's and mathematics' styles date an entry in parentheses after the title: not APA.
  // Nature's inverted byline ("Fan, H., Ives, A.R. & …") first: Springer's math tail is the same.
  const styled =
    readNature(text, splitTitle) ??
    readColonByline(text, splitTitle) ??
    readMath(text, splitTitle) ??
    (apaDated(text) ? null : readStyledEntry(text, splitTitle));
  if (styled) {
    const { publication } = styled;
    return {
      authors: styled.authors ?? parseAuthors(styled.byline),
      year: styled.year,
      yearSuffix: yearSuffixOf(text, styled.year),
      title: styled.title,
      ...publication,
      kind: isWebPage(publication, url) ? 'web' : kindOf(publication, url, publication.container ?? ''),
      doi,
      url,
    };
  }
  const { byline, year, rest } = splitByline(text);
  const split = splitTitle(rest);
  const parsed = parsePublication(split.tail);
  // Only a journal's name can hold a title's second sentence: a book's publisher is not moved.
  const { title, container } =
    parsed.volume || parsed.pages
      ? titleRunOn(split.title, parsed.container)
      : { title: split.title, container: parsed.container };
  const publication = { ...parsed, container };
  return {
    authors: parseAuthors(byline),
    year,
    yearSuffix: yearSuffixOf(text, year),
    title: title === '' ? null : title,
    ...publication,
    kind: kindOf(publication, url, split.tail),
    doi,
    url,
  };
}
