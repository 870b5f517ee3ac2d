import { normalisePages, parsePublication } from '../publication';
import { YEAR } from '../year-pattern';
import { NO_PUBLICATION, type StyledEntry, tidy } from './common';

/*
 * The year set off by commas after the byline, the rest joined by commas, as AGU's older style and
 * many geoscience READMEs write an entry: "Wessel, P., and L. W. Kroenke, 1997, A geometric
 * technique for relocating hotspots, Nature, 387, 365-369." A chapter: "Duncan, R.A., and D.
 * Clague, 1985, Pacific plate motion recorded by linear volcanic chains, in: A.E.M. Nairn, …
 * (eds.), The Ocean Basins and Margins, Vol. 7A, Plenum, New York, pp. 89-121."
 */

const COMMA_YEAR = new RegExp(`, (${YEAR})[a-z]?, `);
/** The byline opens "Family, I." as such entries do: "Wessel, P.", "Duncan, R.A.". */
const FAMILY_THEN_INITIAL = /^\p{Lu}[\p{L}'’-]+(?: [\p{L}'’-]+)?, \p{Lu}\./u;
/** ", Nature, 387, 365-369." or ", J. Geophys. Res., 101(B4), 8741–8743.": journal, volume (issue), pages. */
const JOURNAL_TAIL =
  /, ([^,]{2,80}), (\d{1,4}[A-Z]?)(?:\s?\(([\w-]{1,8})\))?, (\d{1,6}(?:\s?[-–]\s?\d{1,6})?)\.?$/;
const CHAPTER = /, [Ii]n:? /;
const EDITED_BOOK = /\(eds?\.\), ([^,]{2,120})/;
const CHAPTER_PAGES = /\bpp?\. ?(\d{1,6}(?:\s?[-–]\s?\d{1,6})?)/;
const MAX_BYLINE = 300;

export function readCommaYear(text: string): StyledEntry | null {
  const entry = text.trim();
  const year = COMMA_YEAR.exec(entry);
  if (!year || year.index > MAX_BYLINE || !FAMILY_THEN_INITIAL.test(entry)) return null;
  const byline = entry.slice(0, year.index);
  const rest = entry.slice(year.index + year[0].length);
  const result = (title: string, publication: StyledEntry['publication']): StyledEntry => ({
    byline,
    year: Number(year[1]),
    title: tidy(title),
    publication,
  });
  const chapter = CHAPTER.exec(rest);
  if (chapter) {
    const book = rest.slice(chapter.index);
    const pages = CHAPTER_PAGES.exec(book)?.[1];
    // "in: A.E.M. Nairn, … (eds.), The Ocean Basins and Margins, Vol. 7A, …": the book after its editors.
    const container = EDITED_BOOK.exec(book)?.[1] ?? null;
    return result(rest.slice(0, chapter.index), {
      ...NO_PUBLICATION,
      chapter: true,
      container: tidy(container),
      pages: normalisePages(pages),
    });
  }
  const journal = JOURNAL_TAIL.exec(rest);
  if (journal) {
    return result(rest.slice(0, journal.index), {
      ...NO_PUBLICATION,
      container: tidy(journal[1]),
      volume: journal[2] ?? null,
      issue: journal[3] ?? null,
      pages: normalisePages(journal[4]),
    });
  }
  const comma = rest.indexOf(', ');
  if (comma < 0) return result(rest.replace(/\.$/, ''), NO_PUBLICATION);
  return result(rest.slice(0, comma), parsePublication(rest.slice(comma + 2)));
}
