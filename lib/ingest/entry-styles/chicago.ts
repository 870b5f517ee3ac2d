import { parseAuthors } from '../authors';
import { normalisePages, type Publication, parsePublication } from '../publication';
import { YEAR } from '../year-pattern';
import {
  bylineWithoutStop,
  firstQuoted,
  NO_PUBLICATION,
  readSegmentTail,
  type StyledEntry,
  type TitleSplitter,
  tidy,
} from './common';

/*
 * Chicago author–date (17th edition): the year right after the byline, each closed by a full stop:
 * "Keng, Shao-Hsun, Chun-Hung Lin, and Peter F. Orazem. 2017. “Expanding College Access in
 * Taiwan.” Journal of Human Capital 11, no. 1 (Spring): 1–34." Articles also come as
 * "Journal 12 (3): 45–67" or "Journal 12: 45–67"; chapters as "In Book, edited by Names, 45–67.
 * Place: Publisher."; books as "Title. Place: Publisher."
 */

const YEAR_STOP = new RegExp(String.raw`^(${YEAR})[a-z]?\.\s`);

/** ". 2017. " or ". 2017a. " after the byline: the index of the ". " and the year. */
function yearAfterByline(text: string): { at: number; year: number; next: number } | null {
  for (let i = text.indexOf('. '); i >= 0 && i < 400; i = text.indexOf('. ', i + 1)) {
    const hit = YEAR_STOP.exec(text.slice(i + 2, i + 9));
    if (hit) return { at: i, year: Number(hit[1]), next: i + 2 + hit[0].length };
  }
  return null;
}

const DIGITS = /^\d+[A-Za-z]?$/;

/**
 * "Journal 12 (3): 45–67", "Journal 11, no. 1 (Spring): 1–34", "Journal 12: 45–67": the container,
 * then the volume as the last word before the issue or the colon. Null when the tail is not so.
 */
function journalTail(tail: string): Publication | null {
  const text = tail.replace(/\.$/, '').trim();
  const colon = text.lastIndexOf(': ');
  if (colon < 0) return null;
  const pages = text.slice(colon + 2).trim();
  if (!/^[A-Za-z]{0,4}\d/.test(pages) || pages.includes(' ')) return null;
  let head = text.slice(0, colon).trim();
  let issue: string | null = null;
  if (head.endsWith(')')) {
    const open = head.lastIndexOf('(');
    if (open < 0) return null;
    issue = head.slice(open + 1, -1).trim();
    head = head.slice(0, open).trim();
  }
  const no = head.lastIndexOf(', no. ');
  if (no >= 0) {
    issue = head.slice(no + 6).trim();
    head = head.slice(0, no).trim();
  }
  const space = head.lastIndexOf(' ');
  const volume = head.slice(space + 1).replace(/,$/, '');
  if (space < 0 || !DIGITS.test(volume)) return null;
  return {
    ...NO_PUBLICATION,
    container: tidy(head.slice(0, space)),
    volume,
    issue: tidy(issue),
    pages: normalisePages(pages),
  };
}

/** "In Book Title, edited by Names, 45–67. Place: Publisher." */
function chapterTail(tail: string, splitTitle: TitleSplitter): Publication | null {
  if (!tail.startsWith('In ')) return null;
  const { title: book, tail: after } = splitTitle(tail.slice(3));
  const segments = readSegmentTail(book, true).publication;
  const pagesAt = book.lastIndexOf(', ');
  const last = pagesAt >= 0 ? book.slice(pagesAt + 2).trim() : '';
  const pages = /^[A-Za-z]{0,4}\d/.test(last) && !last.includes(' ') ? normalisePages(last) : segments.pages;
  const where = parsePublication(after);
  return {
    ...NO_PUBLICATION,
    container: segments.container,
    pages,
    publisher: where.publisher,
    place: where.place,
    chapter: true,
  };
}

/** A web page's "Last modified April 17, 2017." or "Accessed May 1, 2019." is no part of its site. */
function beforeWebDates(tail: string): string {
  const m = /\b(?:Last modified|Accessed|Updated)\s/.exec(tail);
  return m ? tail.slice(0, m.index) : tail;
}

export function readChicago(text: string, splitTitle: TitleSplitter): StyledEntry | null {
  const found = yearAfterByline(text);
  if (!found) return null;
  const byline = bylineWithoutStop(text.slice(0, found.at + 1));
  if (parseAuthors(byline).length === 0 || byline.split(' ').length > 24) return null;
  const rest = text.slice(found.next).trim();
  const quoted = firstQuoted(rest);
  const { title, tail } =
    quoted && quoted.before === '' ? { title: quoted.title, tail: quoted.after } : splitTitle(rest);
  const publication =
    chapterTail(tail, splitTitle) ?? journalTail(tail) ?? parsePublication(beforeWebDates(tail));
  return { byline, year: found.year, title: title === '' ? null : title, publication };
}
