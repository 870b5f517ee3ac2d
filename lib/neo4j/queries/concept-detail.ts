import 'server-only';
import type { ConceptDetail } from '@/lib/schemas/details';
import { readTx } from './run-read';
import { claimStatusCypher } from './work-fields';

export interface ConceptDetailParams {
  id: string;
  article?: string;
  limit?: number;
}

const CONCEPT = `
MATCH (k:Concept {id: $id})
OPTIONAL MATCH (scope:Article {slug: $article})
RETURN k.id AS id, k.label AS label, k.description AS description, coalesce(k.aliases, []) AS aliases,
  [(k)-[:BROADER]->(b:Concept) | b {.id, label: b.label}][0] AS broader,
  COLLECT {
    // Within one article, start from the article: a popular concept is mentioned all over a corpus.
    CALL (k) {
      WITH k WHERE $article IS NOT NULL
      MATCH (a:Article {slug: $article})-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(c:Claim)-[:MENTIONS]->(k)
      RETURN a, c
      UNION
      WITH k WHERE $article IS NULL
      MATCH (a:Article)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(c:Claim)-[:MENTIONS]->(k)
      RETURN a, c
    }
    RETURN {id: c.id, text: c.text, article: a.slug, status: ${claimStatusCypher('a')}} ORDER BY a.slug, c.order LIMIT $limit
  } AS claims,
  COLLECT {
    MATCH (w:Work)-[:ABOUT]->(k)
    WHERE scope IS NULL OR exists { (scope)-[:REFERENCES]->(w) }
    WITH w ORDER BY w.title LIMIT $limit
    RETURN w {.id, label: coalesce(w.title, w.id)} AS item
  } AS works`;

/** A concept with the claims that mention it and the works about it. */
export async function getConceptDetail(params: ConceptDetailParams): Promise<ConceptDetail | null> {
  return readTx((tx) =>
    tx.one<ConceptDetail>(CONCEPT, {
      id: params.id,
      article: params.article ?? null,
      limit: params.limit ?? 100,
    }),
  );
}
