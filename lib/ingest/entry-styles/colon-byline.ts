import { isFamilyWord, isInitialsThenFamily } from '../authors';
import { parsePublication } from '../publication';
import { YEAR } from '../year-pattern';
import { journalVolumePages, lastParenYear, type StyledEntry, type TitleSplitter, tidy } from './common';

/*
 * Bylines ended by a colon, as Springer's LNCS style ("Anda, A.A., Park, H.: Fast plane rotations
 * with dynamic scaling. SIAM J. Matrix Anal. Appl. 15(1), 162-174 (1994)") and older numerical
 * reports ("A. A. Anda and H. Park: Fast plane rotations with dynamic scaling. SIAM J. matrix Anal.
 * Appl., Vol. 15 (1994), pp. 162-174.", "T. Gao, T. Y. Li, M. Wu: …") write them. Read only when
 * what stands before the first ": " is names alone, initials among them; the year is the last in
 * parentheses, or one ending the entry. Tried before the mathematics reader, whose Springer tail
 * is the same but whose byline ends at a comma.
 */

const MAX_BYLINE = 300;
const INITIALS = /^\p{Lu}\.(?:[ -]?\p{Lu}\.){0,3}$/u;
const YEAR_AT_END = new RegExp(String.raw`,\s(${YEAR})[a-z]?\.?$`);

/** "A. A. Anda", "Drmac", "P. P. M. De Rijk": a name written initials first, or a family name. */
function isName(piece: string): boolean {
  const words = piece.split(' ').filter((w) => w !== '');
  if (words.length === 0 || words.length > 6) return false;
  if (words.length === 1) return isFamilyWord(words[0] as string);
  // "P. P. M. De Rijk": a family name of two capitalised words after the initials.
  const initials = words.findIndex((w) => !INITIALS.test(w));
  const family = words.slice(initials).join(' ');
  return (
    isInitialsThenFamily(piece) ||
    (initials > 0 &&
      words.length - initials <= 2 &&
      words.slice(initials).every(isFamilyWord) &&
      family !== '')
  );
}

/** Whether the byline is names alone: "A, B and C", "Anda, A.A., Park, H.", "Z. Drmac". */
function namesOnly(byline: string): boolean {
  const pieces = byline
    .replace(/,? et al\.?$/, '')
    .split(/, and |, | and | & /)
    .map((p) => p.trim());
  if (pieces.length === 0 || pieces.some((p) => p === '')) return false;
  // Initials somewhere: "Achilles-Manaresi, Multiplicities" before a subtitle's colon is a byline
  // and a title's first word, not two names.
  if (!pieces.some((p) => p.split(' ').some((w) => INITIALS.test(w)))) return false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    // "Anda, A.A.": a family name, then its initials as the next piece.
    if (isFamilyWord(piece) && INITIALS.test(pieces[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (!isName(piece)) return false;
  }
  return true;
}

export function readColonByline(text: string, splitTitle: TitleSplitter): StyledEntry | null {
  const entry = text.trim();
  const colon = entry.indexOf(': ');
  if (colon <= 0 || colon > MAX_BYLINE) return null;
  const byline = entry.slice(0, colon);
  if (!namesOnly(byline)) return null;
  let rest = entry.slice(colon + 2);
  const paren = lastParenYear(rest);
  let year: number | null = null;
  if (paren) {
    year = paren.year;
    rest = rest.slice(0, paren.index) + rest.slice(paren.index + paren.length);
  } else {
    const last = YEAR_AT_END.exec(rest);
    if (last) {
      year = Number(last[1]);
      rest = rest.slice(0, last.index);
    }
  }
  if (year === null) return null;
  const { title, tail } = splitTitle(rest);
  const venue = tail.trim().replace(/\.$/, '');
  // "SIAM J. Matrix Anal. Appl. 15(1), 162-174", its full stop gone: Springer's tail.
  const publication = journalVolumePages(venue) ?? parsePublication(venue);
  return { byline, year, title: tidy(title), publication };
}
