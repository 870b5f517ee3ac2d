import 'server-only';
import { summariseEvidence } from '@/lib/concepts/evidence-summary';
import type { ConceptEvidence, ConceptWork } from '@/lib/schemas/concept-evidence';
import type { ClaimRef, NodeRef } from '@/lib/schemas/details';
import { readTx } from './run-read';
import { claimStatusCypher } from './work-fields';

export interface ConceptEvidenceParams {
  id: string;
  limit?: number;
}

/*
 * Every article in the graph: the claims mentioning the concept, the works those claims cite
 * together with the works about the concept, and the articles the claims sit in. Works are kept
 * whole (not limited) up to $limit each way, as the figures are counted from them.
 */
const EVIDENCE = `
MATCH (k:Concept {id: $id})
RETURN k.id AS id, k.label AS label, k.description AS description, coalesce(k.aliases, []) AS aliases,
  [(k)-[:BROADER]->(b:Concept) | b {.id, label: b.label}][0] AS broader,
  COLLECT {
    MATCH (a:Article)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(c:Claim)-[:MENTIONS]->(k)
    RETURN {id: c.id, text: c.text, article: a.slug, status: ${claimStatusCypher('a')}} ORDER BY a.slug, c.order LIMIT $limit
  } AS claims,
  COLLECT {
    MATCH (a:Article)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(c:Claim)-[:MENTIONS]->(k)
    WITH a, count(c) AS n ORDER BY n DESC, a.slug
    RETURN {slug: a.slug, title: coalesce(a.title, a.slug), claims: n}
  } AS articles,
  COLLECT {
    CALL (k) {
      MATCH (k)<-[:MENTIONS]-(c:Claim)-[:CITES]->(w:Work)
      RETURN w, count(DISTINCT c) AS citing, false AS about
      UNION ALL
      MATCH (w:Work)-[:ABOUT]->(k)
      RETURN w, 0 AS citing, true AS about
    }
    WITH w, sum(citing) AS citing, any(x IN collect(about) WHERE x) AS about
    ORDER BY w.year, w.title LIMIT $limit
    RETURN {
      id: w.id, title: w.title, year: w.year, citingClaims: citing, about: about,
      authors: COLLECT { MATCH (w)-[ab:AUTHORED_BY]->(p:Author) WITH p, ab ORDER BY ab.position RETURN p {.id, label: p.display} AS item },
      venue: [(w)-[:PUBLISHED_IN]->(v:Venue) | v {.id, label: v.name}][0]
    }
  } AS works`;

interface Row {
  id: string;
  label: string;
  description: string | null;
  aliases: string[];
  broader: NodeRef | null;
  claims: ClaimRef[];
  articles: ConceptEvidence['articles'];
  works: ConceptWork[];
}

/** A concept across the corpus: its claims by status, the works backing it and the figures of both. */
export async function getConceptEvidence(params: ConceptEvidenceParams): Promise<ConceptEvidence | null> {
  const row = await readTx((tx) => tx.one<Row>(EVIDENCE, { id: params.id, limit: params.limit ?? 500 }));
  if (!row) return null;
  return { ...row, ...summariseEvidence(row.claims, row.works) };
}
