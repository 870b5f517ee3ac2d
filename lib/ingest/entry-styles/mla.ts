import { parseAuthors } from '../authors';
import { NO_PUBLICATION, normalisePages, type Publication, parsePublication } from '../publication';
import { YEAR } from '../year-pattern';
import {
  bylineWithoutStop,
  firstQuoted,
  readSegmentTail,
  type StyledEntry,
  type TitleSplitter,
} from './common';

/*
 * MLA (9th edition): "Baron, Naomi S. “Redefining Reading.” PMLA, vol. 128, no. 1, Jan. 2013,
 * pp. 193-200." — the byline closes with a full stop, the title sits in quotes with its own full
 * stop, and the container's elements follow, each after a comma. A book: "Smith, Zadie. White
 * Teeth. Vintage, 2001." — the title unquoted, then "Publisher, Year".
 */

/** The first author inverted with a given name written out: "Baron, Naomi S.", "Smith, Zadie". */
function invertedFirst(byline: string): boolean {
  const authors = parseAuthors(byline);
  const given = authors[0]?.given ?? '';
  return authors.length > 0 && /\p{Ll}/u.test(given) && byline.indexOf(',') > 0;
}

/**
 * The tail as Google Scholar's MLA export writes an article's: the journal, then volume.issue, the
 * year in parentheses and the pages after a colon, "Machine learning 45.1 (2001): 5-32." or
 * "Advances in neural information processing systems 30 (2017)."
 */
const SCHOLAR_TAIL = new RegExp(
  String.raw`^([^()]{1,300}?)\s(\d{1,5})(?:\.(\d{1,5}))?\s\((${YEAR})\)(?::\s?(\d{1,7}(?:\s?[-–—]\s?\d{1,7})?))?\.?$`,
);

function scholarTail(tail: string): { publication: Publication; year: number } | null {
  const m = SCHOLAR_TAIL.exec(tail.trim());
  if (!m) return null;
  const pages = m[5] === undefined ? null : normalisePages(m[5].replace(/\s/g, ''));
  const publication = {
    ...NO_PUBLICATION,
    container: m[1] ?? null,
    volume: m[2] ?? null,
    issue: m[3] ?? null,
    pages,
  };
  return { publication, year: Number(m[4]) };
}

function quotedShape(text: string): StyledEntry | null {
  const quoted = firstQuoted(text);
  if (!quoted || !'.?!'.includes(quoted.closingMark) || !quoted.before.endsWith('.')) return null;
  const byline = bylineWithoutStop(quoted.before);
  if (parseAuthors(byline).length === 0) return null;
  const scholar = scholarTail(quoted.after);
  if (scholar) return { byline, year: scholar.year, title: quoted.title, publication: scholar.publication };
  const read = readSegmentTail(quoted.after, true, { mla: true });
  const { year } = read;
  // No "vol." or "pp." but an APA "Journal, 4(2), 1-5": the journal reader has it.
  const apa = parsePublication(quoted.after);
  const publication =
    !read.publication.volume && !read.publication.pages && apa.volume ? apa : read.publication;
  // A chapter: in a book ("edited by", or a publisher and pages without a volume).
  if (
    /,\sedited by\s/i.test(quoted.after) ||
    (publication.publisher && publication.pages && !publication.volume)
  ) {
    publication.chapter = true;
  }
  return { byline, year, title: quoted.title, publication };
}

/** The byline and the rest: up to the first sentence break, or up to "et al." when it is there. */
function splitByline(text: string, splitTitle: TitleSplitter): { title: string; tail: string } {
  const first = splitTitle(text);
  const etAl = text.indexOf(' et al. ');
  if (etAl > 0 && etAl < first.title.length) {
    return { title: text.slice(0, etAl + 7), tail: text.slice(etAl + 8).trim() };
  }
  return first;
}

function bookShape(text: string, splitTitle: TitleSplitter): StyledEntry | null {
  const first = splitByline(text, splitTitle);
  if (first.tail === '' || !invertedFirst(first.title)) return null;
  const { title, tail } = splitTitle(first.tail);
  if (title === '' || tail === '') return null;
  const { publication, year } = readSegmentTail(tail, false);
  if (year === null || publication.volume || publication.pages) return null;
  return { byline: first.title, year, title, publication };
}

export function readMla(text: string, splitTitle: TitleSplitter): StyledEntry | null {
  return quotedShape(text) ?? bookShape(text, splitTitle);
}
