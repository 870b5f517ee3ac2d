import { isFamilyWord, isInitialsThenFamily } from '../authors';
import { normalisePages } from '../publication';
import { lastParenYear, NO_PUBLICATION, type StyledEntry, type TitleSplitter, tidy } from './common';

/*
 * Mathematics' styles, which give the year in parentheses beside the volume: AMS's "R. Achilles
 * and M. Manaresi, Multiplicities of a bigraded ring and intersection theory, Math. Ann. 309
 * (1997), no. 4, 573–591." and Springer's "Achilles-Manaresi, Multiplicities of a bigraded ring
 * and intersection theory. Math. Ann. 309, 573–591 (1997)." Read only when the entry ends so, and
 * its byline is names: "R. Achilles and M. Manaresi", or names joined by hyphens as a list of
 * mathematicians writes them ("Polini-Trung-Ulrich-Validashti"). Scans with indexOf and a few
 * anchored expressions.
 */

const PAGES = String.raw`\d{1,6}(?:\s?[–-]\s?\d{1,6})?`;
/** After "(1997)" in AMS: ", no. 4, 573–591." */
const AMS_AFTER = new RegExp(String.raw`^,\s(?:no\.\s([\w-]{1,10}),\s)?(${PAGES})\.?$`);
/** Before "(1997)" in AMS: "… Math. Ann. 309", "… Algebra, 214(12)". */
const AMS_VOLUME = /\s(\d{1,5})(?:\s?\(([\w-]{1,10})\))?$/;
/** Before "(1997)" in Springer's: "… Math. Ann. 309, 573–591". */
const SPRINGER_VOLUME = new RegExp(String.raw`\s(\d{1,5})(?:\s?\(([\w-]{1,10})\))?,\s(${PAGES})$`);

/** "R. Achilles", "J.-P. Serre", "Achilles-Manaresi", "Serre": a name as these lists write one. */
function isName(piece: string): boolean {
  const words = piece.split(' ').filter((w) => w !== '');
  if (words.length === 0 || words.length > 5) return false;
  return words.length === 1 ? isFamilyWord(words[0] as string) : isInitialsThenFamily(words.join(' '));
}

/** The byline: the names before the title, "R. Achilles and M. Manaresi, " or "Achilles-Rams, ". */
function bylineEnd(text: string): number {
  let end = -1;
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 2)) {
    const piece = text.slice(end < 0 ? 0 : end + 2, at);
    const names = piece.replace(/^and /, '').split(' and ');
    if (!names.every(isName)) break;
    end = at;
  }
  return end;
}

/** The tail that dates the entry, with where its volume starts, or null when the entry does not end so. */
function datedTail(text: string) {
  const last = lastParenYear(text);
  if (!last) return null;
  const before = text.slice(0, last.index).trimEnd();
  const after = text.slice(last.index + last.length).trim();
  const year = last.year;
  const ams = AMS_AFTER.exec(after);
  const amsVolume = ams ? AMS_VOLUME.exec(before) : null;
  if (ams && amsVolume) {
    const issue = ams[1] ?? amsVolume[2] ?? null;
    return {
      at: amsVolume.index,
      year,
      volume: amsVolume[1] as string,
      issue,
      pages: ams[2] as string,
      ams: true,
    };
  }
  const springer = after === '' || after === '.' ? SPRINGER_VOLUME.exec(before) : null;
  if (springer) {
    return {
      at: springer.index,
      year,
      volume: springer[1] as string,
      issue: springer[2] ?? null,
      pages: springer[3] as string,
      ams: false,
    };
  }
  return null;
}

/** "Cambridge University Press, Cambridge": a book's publisher, and its place after a comma. */
const PUBLISHER = /\b(?:Press|Verlag|Springer|Publishers?|Birkhäuser|Wiley|Elsevier|Academic)\b/;

/**
 * A book as Springer's mathematics lists give one: "Swanson-Huneke, Integral Closure of Ideals,
 * Rings, and Modules, London Mathematical Society Lecture Note Series, vol. 336. Cambridge
 * University Press, Cambridge (2006)." Its byline, its year, its publisher and place; the title
 * runs to the full stop before the publisher, a series and all, which no mark tells apart.
 */
function readMathBook(text: string): StyledEntry | null {
  const last = lastParenYear(text);
  if (!last || !/^\.?$/.test(text.slice(last.index + last.length).trim())) return null;
  const before = text.slice(0, last.index).trimEnd();
  const stop = before.lastIndexOf('. ');
  const imprint = stop < 0 ? '' : before.slice(stop + 2);
  if (!PUBLISHER.test(imprint)) return null;
  const head = before.slice(0, stop);
  const end = bylineEnd(head);
  if (end < 0) return null;
  const comma = imprint.lastIndexOf(', ');
  return {
    byline: head.slice(0, end),
    year: last.year,
    title: tidy(head.slice(end + 2)),
    publication: {
      ...NO_PUBLICATION,
      publisher: tidy(comma > 0 ? imprint.slice(0, comma) : imprint),
      place: comma > 0 ? tidy(imprint.slice(comma + 2)) : null,
    },
  };
}

export function readMath(text: string, splitTitle: TitleSplitter): StyledEntry | null {
  const tail = datedTail(text);
  if (!tail) return readMathBook(text);
  const head = text.slice(0, tail.at).trim();
  const end = bylineEnd(head);
  if (end < 0) return null;
  const byline = head.slice(0, end);
  const rest = head
    .slice(end + 2)
    .replace(/,$/, '')
    .trim();
  // AMS parts title and journal by a comma; Springer's by a full stop.
  const comma = tail.ams ? rest.lastIndexOf(', ') : -1;
  const { title, tail: container } =
    comma > 0 ? { title: rest.slice(0, comma), tail: rest.slice(comma + 2) } : splitTitle(rest);
  if (!tidy(title) || !tidy(container)) return null;
  return {
    byline,
    year: tail.year,
    title: tidy(title),
    publication: {
      ...NO_PUBLICATION,
      container: tidy(container),
      volume: tail.volume,
      issue: tail.issue,
      pages: normalisePages(tail.pages),
    },
  };
}
