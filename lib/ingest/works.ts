import type { SourceReferenceFields } from './document/source-document';
import type {
  AuthorRecord,
  ReferenceEntryRecord,
  ReferenceRecord,
  VenueRecord,
  WorkRecord,
} from './graph-document';
import { authorId, unlistedWorkId, venueId, workId } from './identities';
import { entryText, parseReferenceEntry } from './reference-entry';
import { withStatedFields } from './stated-fields';

/**
 * Works, authors, venues and the article's REFERENCES from the reference entries and the cited
 * numbers. When a number is listed twice, its first entry describes the work (the duplicate stays
 * in `entries` for the audit). Two numbers whose entries describe the same work share one Work.
 */
export interface Bibliography {
  works: WorkRecord[];
  authors: AuthorRecord[];
  venues: VenueRecord[];
  references: ReferenceRecord[];
}

function display(family: string, given: string | null): string {
  return given ? `${family}, ${given}` : family;
}

/** Of two spellings of one author, the one that says more ("J. M." over "J.") wins. */
function addAuthor(authors: Map<string, AuthorRecord>, family: string, given: string | null): string {
  const id = authorId(family, given);
  const known = authors.get(id);
  if (!known || (given?.length ?? 0) > (known.given?.length ?? 0)) {
    authors.set(id, { id, family, given, display: display(family, given) });
  }
  return id;
}

/** An entry, with the fields its format states when it states some. */
export type StatedEntry = ReferenceEntryRecord & { fields?: SourceReferenceFields };

function listedWork(
  entry: StatedEntry,
  authors: Map<string, AuthorRecord>,
  venues: Map<string, VenueRecord>,
): WorkRecord {
  const raw = entryText(entry.raw);
  const parsed = withStatedFields(parseReferenceEntry(entry.raw), entry.fields);
  const venue =
    parsed.container && parsed.kind !== 'chapter'
      ? { id: venueId(parsed.container), name: parsed.container }
      : null;
  if (venue && !venues.has(venue.id)) venues.set(venue.id, venue);
  return {
    id: workId({ doi: parsed.doi, raw }),
    title: parsed.title,
    year: parsed.year,
    kind: parsed.kind,
    container: parsed.container,
    volume: parsed.volume,
    issue: parsed.issue,
    pages: parsed.pages,
    publisher: parsed.publisher,
    place: parsed.place,
    doi: parsed.doi,
    raw,
    authorIds: [...new Set(parsed.authors.map((a) => addAuthor(authors, a.family, a.given)))],
    venueId: venue?.id ?? null,
  };
}

function unlistedWork(slug: string, n: number): WorkRecord {
  return {
    id: unlistedWorkId(slug, n),
    title: null,
    year: null,
    kind: 'unknown',
    container: null,
    volume: null,
    issue: null,
    pages: null,
    publisher: null,
    place: null,
    doi: null,
    raw: null,
    authorIds: [],
    venueId: null,
  };
}

export function buildBibliography(slug: string, entries: StatedEntry[], cited: number[]): Bibliography {
  const authors = new Map<string, AuthorRecord>();
  const venues = new Map<string, VenueRecord>();
  const works = new Map<string, WorkRecord>();
  const byNumber = new Map<number, string>();
  for (const entry of entries) {
    if (byNumber.has(entry.number)) continue;
    const work = listedWork(entry, authors, venues);
    if (!works.has(work.id)) works.set(work.id, work);
    byNumber.set(entry.number, work.id);
  }
  const numbers = [...new Set([...byNumber.keys(), ...cited])].sort((a, b) => a - b);
  const references = numbers.map((number) => {
    const listed = byNumber.get(number);
    if (listed) return { number, listed: true, workId: listed };
    const work = unlistedWork(slug, number);
    works.set(work.id, work);
    return { number, listed: false, workId: work.id };
  });
  return {
    works: [...works.values()],
    authors: [...authors.values()],
    venues: [...venues.values()],
    references,
  };
}
