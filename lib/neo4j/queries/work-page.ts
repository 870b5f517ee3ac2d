import 'server-only';
import { exportWork } from '@/lib/citations/work-export';
import type { ClaimRef, NodeRef } from '@/lib/schemas/details';
import type { WorkPage } from '@/lib/schemas/work-page';
import { readTx } from './run-read';
import { claimStatusCypher, WORK_PROJECTION, type WorkRow } from './work-fields';

// `a` is null in WORK_PROJECTION: the page is about every article, each listed below with its own number.
const WORK = `
MATCH (w:Work {id: $id})
WITH w, null AS a
RETURN ${WORK_PROJECTION} AS work,
  COLLECT { MATCH (w)-[:ABOUT]->(k:Concept) WITH k ORDER BY k.label RETURN k {.id, label: k.label} AS item } AS concepts,
  COLLECT {
    MATCH (ar:Article)-[r:REFERENCES]->(w)
    WITH ar, r ORDER BY ar.slug
    RETURN {slug: ar.slug, title: coalesce(ar.title, ar.slug), number: r.number, listed: coalesce(r.listed, false)}
  } AS articles,
  COLLECT {
    MATCH (c:Claim)-[:CITES]->(w)
    MATCH (ca:Article)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(c)
    RETURN {id: c.id, text: c.text, article: ca.slug, status: ${claimStatusCypher('ca')}} ORDER BY ca.slug, c.order LIMIT $limit
  } AS claims`;

interface Row {
  work: WorkRow;
  concepts: NodeRef[];
  articles: WorkPage['articles'];
  claims: ClaimRef[];
}

/** A work across every article: its fields, who cites it, and its exports. */
export async function getWorkPage(params: { id: string; limit?: number }): Promise<WorkPage | null> {
  const row = await readTx((tx) => tx.one<Row>(WORK, { id: params.id, limit: params.limit ?? 500 }));
  if (!row) return null;
  const w = row.work;
  return {
    id: w.id,
    title: w.title,
    kind: w.kind ?? 'unknown',
    fields: {
      year: w.year,
      container: w.container,
      volume: w.volume,
      issue: w.issue,
      pages: w.pages,
      publisher: w.publisher,
      place: w.place,
      doi: w.doi,
    },
    authors: w.authors.map((p) => ({ id: p.id, label: p.display })),
    venue: w.venue ? { id: w.venue.id, label: w.venue.name } : null,
    concepts: row.concepts,
    raw: w.raw,
    articles: row.articles,
    claims: row.claims,
    exports: exportWork(w),
  };
}
