import { parseAuthors } from '../authors';
import { parsePublication } from '../publication';
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

function quotedShape(text: string): StyledEntry | null {
  const quoted = firstQuoted(text);
  if (!quoted || !'.?!'.includes(quoted.closingMark) || !quoted.before.endsWith('.')) return null;
  const byline = bylineWithoutStop(quoted.before);
  if (parseAuthors(byline).length === 0) return null;
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
