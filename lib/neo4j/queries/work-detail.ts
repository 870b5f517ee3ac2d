import 'server-only';
import type { ClaimRef, NodeRef, WorkDetail } from '@/lib/schemas/details';
import { readTx } from './run-read';
import { claimStatusCypher, toWorkSummary, WORK_PROJECTION, type WorkRow } from './work-fields';

export interface WorkDetailParams {
  id: string;
  /** The article on screen: its number for the work, and only its claims. All articles if absent. */
  article?: string;
  limit?: number;
}

const WORK = `
MATCH (w:Work {id: $id})
OPTIONAL MATCH (a:Article {slug: $article})
RETURN ${WORK_PROJECTION} AS work,
  COLLECT { MATCH (w)-[:ABOUT]->(k:Concept) WITH k ORDER BY k.label RETURN k {.id, label: k.label} AS item } AS concepts,
  COLLECT {
    MATCH (c:Claim)-[:CITES]->(w)
    MATCH (ca:Article)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(c)
    WHERE $article IS NULL OR ca.slug = $article
    RETURN {id: c.id, text: c.text, article: ca.slug, status: ${claimStatusCypher('ca')}} ORDER BY ca.slug, c.order LIMIT $limit
  } AS claims`;

/** A work with its reference, the claims that cite it and the concepts it is about. */
export async function getWorkDetail(params: WorkDetailParams): Promise<WorkDetail | null> {
  const row = await readTx((tx) =>
    tx.one<{ work: WorkRow; concepts: NodeRef[]; claims: ClaimRef[] }>(WORK, {
      id: params.id,
      article: params.article ?? null,
      limit: params.limit ?? 100,
    }),
  );
  if (!row) return null;
  return {
    ...toWorkSummary(row.work),
    kind: row.work.kind ?? 'unknown',
    claims: row.claims,
    concepts: row.concepts,
  };
}
