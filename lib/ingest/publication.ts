import { isWhitespace, replaceAround, trimOf } from '@/lib/text/scan';
import { apaJournal, chapter, colonJournal, vancouverJournal } from './publication-patterns';

/**
 * The part of an entry after its title: where the work appeared. A journal ("Journal, 15(2),
 * 130-146."), a book's "Place: Publisher." or "Publisher.", a chapter's "In Editors (Eds.), Book
 * (pp. 1-20). Publisher.", Vancouver's "Journal. 2009;10(3):190-203" or, after a year given up
 * front, "Journal 10(3): 190-203".
 *
 * Pages are normalised to an ASCII hyphen without spaces: "358–445" and "358 - 445" become
 * "358-445", so the same work cited in two styles compares equal.
 */
export interface Publication {
  container: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  publisher: string | null;
  place: string | null;
  /** True when the work is a chapter in an edited book. */
  chapter: boolean;
}

const PUBLISHER_WORDS =
  /\b(?:press|publish\w*|books?|company|co\.|inc\.?|ltd\.?|llc|wiley|norton|routledge|sage|springer|elsevier|university|schuster|penguin|random house|harper\w*|guilford)\b/i;

/** A publication with nothing read: what each reader starts from. */
export const NO_PUBLICATION: Publication = {
  container: null,
  volume: null,
  issue: null,
  pages: null,
  publisher: null,
  place: null,
  chapter: false,
};

export function normalisePages(pages: string | undefined | null): string | null {
  if (!pages) return null;
  return replaceAround(pages, /[-–—]/g, '-').trim();
}

const isPunctuationOrSpace = (c: string) => isWhitespace(c) || ',.;:'.includes(c);

function clean(text: string | undefined | null): string | null {
  const t = text === undefined || text === null ? undefined : trimOf(text, isPunctuationOrSpace).trim();
  return t ? t : null;
}

function publisherAndPlace(text: string): Pick<Publication, 'publisher' | 'place'> {
  const colon = /^([^:]{2,60}):\s*(.+)$/.exec(text.trim());
  if (colon) return { place: clean(colon[1]), publisher: clean(colon[2]) };
  return { place: null, publisher: clean(text) };
}

export function parsePublication(tail: string): Publication {
  const text = tail.replace(/\s+/g, ' ').trim();
  if (text === '') return NO_PUBLICATION;
  const inBook = chapter(text);
  if (inBook) {
    return {
      ...NO_PUBLICATION,
      ...publisherAndPlace(inBook.rest),
      container: clean(inBook.book),
      pages: normalisePages(inBook.pages),
      chapter: true,
    };
  }
  const journal = apaJournal(text) ?? vancouverJournal(text) ?? colonJournal(text);
  if (journal) {
    return {
      ...NO_PUBLICATION,
      container: clean(journal.container),
      volume: clean(journal.volume),
      issue: clean(journal.issue),
      pages: normalisePages(journal.pages),
    };
  }
  const first = clean(text.split(/\.\s+/)[0]) ?? '';
  if (
    !PUBLISHER_WORDS.test(text) &&
    /\b(?:journal|review|quarterly|bulletin|proceedings|annals|magazine|psycholog\w*)\b/i.test(first)
  ) {
    return { ...NO_PUBLICATION, container: first };
  }
  return { ...NO_PUBLICATION, ...publisherAndPlace(text) };
}
