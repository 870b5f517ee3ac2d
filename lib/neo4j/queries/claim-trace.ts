import 'server-only';
import type { ClaimDetail, NodeRef } from '@/lib/schemas/details';
import type { EvidenceStatus } from '@/lib/schemas/graph';
import { readTx } from './run-read';
import { claimStatus } from './status';
import { toWorkSummary, WORK_PROJECTION, type WorkRow } from './work-fields';

export interface ClaimTraceParams {
  id: string;
}

const CLAIM_TRACE = `
MATCH (c:Claim {id: $id})<-[:HAS_CLAIM]-(s:Section)<-[:HAS_SECTION]-(a:Article)
RETURN c.id AS id, c.text AS text, c.kind AS kind,
  a {id: a.slug, label: a.title} AS article, s {.id, label: s.title} AS section,
  COLLECT { MATCH (s)-[:HAS_CLAIM]->(p:Claim) WHERE p.paragraph = c.paragraph WITH p ORDER BY p.order RETURN p {.id, .text} AS item } AS paragraph,
  COLLECT { MATCH (c)-[ct:CITES]->(w:Work) RETURN {number: ct.number, marker: ct.marker, work: ${WORK_PROJECTION}} ORDER BY ct.number } AS citations,
  COLLECT { MATCH (c)-[:MENTIONS]->(k:Concept) WITH k ORDER BY k.label RETURN k {.id, label: k.label} AS item } AS concepts`;

interface Row {
  id: string;
  text: string;
  kind: string;
  article: NodeRef;
  section: NodeRef;
  paragraph: { id: string; text: string }[];
  citations: { number: number; marker: string | null; work: WorkRow }[];
  concepts: NodeRef[];
}

/** A claim with its paragraph, its evidence status and every cited work formatted in APA. */
export async function getClaimTrace(params: ClaimTraceParams): Promise<ClaimDetail | null> {
  const row = await readTx((tx) => tx.one<Row>(CLAIM_TRACE, { id: params.id }));
  if (!row) return null;
  const citations = row.citations.map((c) => ({
    number: c.number,
    marker: c.marker,
    work: toWorkSummary(c.work),
  }));
  const status: EvidenceStatus = claimStatus(
    row.kind,
    citations.map((c) => c.work),
  );
  return {
    id: row.id,
    text: row.text,
    kind: row.kind,
    status,
    article: row.article,
    section: row.section,
    paragraph: row.paragraph.map((p) => ({ ...p, current: p.id === row.id })),
    citations,
    concepts: row.concepts,
  };
}
