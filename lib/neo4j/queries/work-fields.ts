import 'server-only';
import type { AuthorRecord, WorkRecord } from '@/lib/ingest/graph-document';
import type { WorkSummary } from '@/lib/schemas/details';
import { formatApa, type WorkFields } from './apa';

/**
 * Cypher projection of a Work with what a reference needs, given `w` and an article `a` (or null):
 * authors in byline order, the venue, and the number and listing this article gives it.
 */
export const WORK_PROJECTION = `w {
  .id, .title, .year, .kind, .container, .volume, .issue, .pages, .publisher, .place, .doi, .raw,
  authors: COLLECT { MATCH (w)-[ab:AUTHORED_BY]->(p:Author) WITH p, ab ORDER BY ab.position RETURN p {.id, .family, .given, .display} AS item },
  venue: [(w)-[:PUBLISHED_IN]->(v:Venue) | v {.id, .name}][0],
  ref: [(a)-[r:REFERENCES]->(w) | r {.number, .listed}][0]
}`;

/** One row of WORK_PROJECTION. */
export type WorkRow = Omit<WorkFields, 'authors'> &
  Pick<WorkRecord, 'raw'> & {
    authors: AuthorRecord[];
    venue: { id: string; name: string } | null;
    ref: { number: number; listed: boolean } | null;
  };

export function toWorkSummary(w: WorkRow): WorkSummary {
  return {
    id: w.id,
    title: w.title,
    year: w.year,
    number: w.ref?.number ?? null,
    listed: w.ref?.listed ?? w.raw !== null,
    raw: w.raw,
    reference: formatApa(w),
    authors: w.authors.map((p) => ({ id: p.id, label: p.display })),
    venue: w.venue ? { id: w.venue.id, label: w.venue.name } : null,
  };
}

/** The claim status as Cypher, for a claim `c` in the article bound to `article` (mirrors status.ts). */
export const claimStatusCypher = (article: string) => `CASE
  WHEN NOT exists { (c)-[:CITES]->() } THEN CASE WHEN c.kind IN ['question', 'other'] THEN 'exempt' ELSE 'uncited' END
  WHEN exists { MATCH (c)-[:CITES]->(x:Work) WHERE NOT exists { (${article})-[:REFERENCES {listed: true}]->(x) } } THEN 'unlisted'
  ELSE 'backed' END`;
