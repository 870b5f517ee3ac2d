/**
 * The part of an entry after its title: where the work appeared. A journal ("Journal, 15(2),
 * 130-146."), a book's "Place: Publisher." or "Publisher.", a chapter's "In Editors (Eds.), Book
 * (pp. 1-20). Publisher." or Vancouver's "Journal. 2009;10(3):190-203".
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

// Article numbers count as pages: "e1000316", "CD010912", "bcr2018225007".
const PAGES = String.raw`[A-Za-z]{0,4}\d+(?:\s*[-–—]\s*[A-Za-z]{0,4}\d+)?`;
const APA_JOURNAL = new RegExp(
  String.raw`^(.+?),\s*(?:vol\.\s*)?(\d+[A-Za-z]?)\s*(?:\(([^)]+)\))?\s*(?:,\s*(?:pp?\.\s*)?(${PAGES}))?\s*\.?$`,
  'i',
);
const VANCOUVER_JOURNAL = new RegExp(
  String.raw`^(.+?)\.?\s*(?:\d{4}[^;]*)?;\s*(\d+)\s*(?:\(([^)]+)\))?\s*(?::\s*(${PAGES}))?\.?$`,
);
const CHAPTER =
  /^In:?\s+(?:(.+?)\s*\((?:Eds?|Hrsg)\.?\),?\s*)?(.+?)\s*(?:\((?:pp?\.\s*)?([^)]+)\))?\.\s*(.*)$/i;
const PUBLISHER_WORDS =
  /\b(?:press|publish\w*|books?|company|co\.|inc\.?|ltd\.?|llc|wiley|norton|routledge|sage|springer|elsevier|university|schuster|penguin|random house|harper\w*|guilford)\b/i;

const NONE: Publication = {
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
  return pages.replace(/\s*[-–—]\s*/g, '-').trim();
}

function clean(text: string | undefined | null): string | null {
  const t = text?.replace(/^[\s,.;:]+|[\s,.;:]+$/g, '').trim();
  return t ? t : null;
}

function publisherAndPlace(text: string): Pick<Publication, 'publisher' | 'place'> {
  const colon = /^([^:]{2,60}):\s*(.+)$/.exec(text.trim());
  if (colon) return { place: clean(colon[1]), publisher: clean(colon[2]) };
  return { place: null, publisher: clean(text) };
}

export function parsePublication(tail: string): Publication {
  const text = tail.replace(/\s+/g, ' ').trim();
  if (text === '') return NONE;
  const chapter = CHAPTER.exec(text);
  if (chapter) {
    return {
      ...NONE,
      ...publisherAndPlace(chapter[4] ?? ''),
      container: clean(chapter[2]),
      pages: normalisePages(chapter[3]),
      chapter: true,
    };
  }
  const journal = APA_JOURNAL.exec(text) ?? VANCOUVER_JOURNAL.exec(text);
  if (journal) {
    return {
      ...NONE,
      container: clean(journal[1]),
      volume: clean(journal[2]),
      issue: clean(journal[3]),
      pages: normalisePages(journal[4]),
    };
  }
  const first = clean(text.split(/\.\s+/)[0]) ?? '';
  if (
    !PUBLISHER_WORDS.test(text) &&
    /\b(?:journal|review|quarterly|bulletin|proceedings|annals|magazine|psycholog\w*)\b/i.test(first)
  ) {
    return { ...NONE, container: first };
  }
  return { ...NONE, ...publisherAndPlace(text) };
}
