import type { SourceFormat } from '@/lib/ingest/document/source-document';
import type {
  AuthorRecord,
  ClaimRecord,
  ConceptRecord,
  GraphDocument,
  VenueRecord,
  WorkRecord,
} from '@/lib/ingest/graph-document';

/* Rebuilds a GraphDocument from the rows of the article-document query. Pure and tolerant of
 * nulls only where the model allows them. */

interface Row {
  article: {
    slug: string;
    title: string;
    format?: SourceFormat | null;
    entryNumbers: number[] | null;
    entryRaws: string[] | null;
    entryLines: number[] | null;
    entryColumns: number[] | null;
  };
  sections: { id: string; title: string; order: number }[];
  claims: (Omit<ClaimRecord, 'markers' | 'cites' | 'sectionId'> & {
    sectionId: string;
    markerRaws: string[] | null;
    markerStarts: number[] | null;
    markerEnds: number[] | null;
    conceptIds: string[];
    cites: { number: number; marker: string }[];
  })[];
  references: {
    number: number;
    listed: boolean;
    work: Omit<WorkRecord, 'authorIds' | 'venueId'>;
    authors: AuthorRecord[];
    venue: VenueRecord | null;
    aboutIds: string[];
  }[];
  concepts: ConceptRecord[];
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

export function documentFromRecord(record: Record<string, unknown>): GraphDocument {
  const row = record as unknown as Row;
  const references = [...row.references].sort((a, b) => a.number - b.number);
  const works = new Map<string, WorkRecord>();
  const authors = new Map<string, AuthorRecord>();
  const venues = new Map<string, VenueRecord>();
  const about: GraphDocument['about'] = [];
  for (const ref of references) {
    for (const a of ref.authors)
      authors.set(a.id, { id: a.id, family: a.family, given: a.given ?? null, display: a.display });
    if (ref.venue) venues.set(ref.venue.id, ref.venue);
    if (works.has(ref.work.id)) continue;
    works.set(ref.work.id, {
      ...workFields(ref.work),
      authorIds: ref.authors.map((a) => a.id),
      venueId: ref.venue?.id ?? null,
    });
    for (const conceptId of ref.aboutIds) about.push({ workId: ref.work.id, conceptId });
  }

  const claims = [...row.claims].sort(byOrder).map((c) => claimFromRow(c));
  const mentions = [...row.claims]
    .sort(byOrder)
    .flatMap((c) => [...c.conceptIds].sort().map((conceptId) => ({ claimId: c.id, conceptId })));

  const { entryNumbers, entryRaws, entryLines, entryColumns } = row.article;
  return {
    article: {
      slug: row.article.slug,
      title: row.article.title,
      ...(row.article.format ? { format: row.article.format } : {}),
    },
    sections: [...row.sections].sort(byOrder),
    claims,
    entries: (entryNumbers ?? []).map((number, i) => ({
      number,
      raw: entryRaws?.[i] ?? '',
      line: entryLines?.[i] ?? 0,
      ...(entryColumns?.[i] ? { column: entryColumns[i] } : {}),
    })),
    references: references.map((r) => ({ number: r.number, listed: r.listed, workId: r.work.id })),
    works: [...works.values()],
    authors: [...authors.values()],
    venues: [...venues.values()],
    concepts: [...row.concepts].sort((a, b) => a.id.localeCompare(b.id)),
    mentions,
    about,
  };
}

function claimFromRow(c: Row['claims'][number]): ClaimRecord {
  const raws = c.markerRaws ?? [];
  const markers = raws.map((raw, i) => ({
    raw,
    // Numbers of a marker are the CITES relationships it produced; the same raw text names the same numbers.
    numbers: [...new Set(c.cites.filter((x) => x.marker === raw).map((x) => x.number))].sort((a, b) => a - b),
    start: c.markerStarts?.[i] ?? 0,
    end: c.markerEnds?.[i] ?? 0,
  }));
  const cites = [...new Set(c.cites.map((x) => x.number))].sort((a, b) => a - b);
  return {
    id: c.id,
    sectionId: c.sectionId,
    text: c.text,
    kind: c.kind,
    order: c.order,
    paragraph: c.paragraph,
    block: c.block,
    markers,
    cites,
    ...(c.line == null ? {} : { line: c.line }),
    ...(c.column == null ? {} : { column: c.column }),
  };
}

// Neo4j does not store null properties, so a field the entry lacked comes back missing: make it null again.
export function workFields(work: Partial<Omit<WorkRecord, 'authorIds' | 'venueId'>> & { id: string }) {
  return {
    id: work.id,
    title: work.title ?? null,
    year: work.year ?? null,
    kind: work.kind ?? 'unknown',
    container: work.container ?? null,
    volume: work.volume ?? null,
    issue: work.issue ?? null,
    pages: work.pages ?? null,
    publisher: work.publisher ?? null,
    place: work.place ?? null,
    doi: work.doi ?? null,
    raw: work.raw ?? null,
  };
}
