import 'server-only';
import type { SearchResult } from '@/lib/schemas/details';
import { toLuceneQuery } from './lucene';
import { readTx } from './run-read';

export interface SearchGraphParams {
  q: string;
  /** Keep only hits that belong to this article (its claims, the works it cites and their authors). */
  article?: string;
  limit?: number;
}

/** Name of the full-text index in graph/schema.cypher. */
export const SEARCH_INDEX = 'claimtrace_search';

// The index ranks over the whole corpus; scoping to an article filters a larger candidate set.
const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node, score
OPTIONAL MATCH (a:Article)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(node)
WITH node, score, a
WHERE $article IS NULL
   OR (node:Claim AND a.slug = $article)
   OR (node:Work AND exists { (:Article {slug: $article})-[:REFERENCES]->(node) })
   OR (node:Author AND exists { (:Article {slug: $article})-[:REFERENCES]->(:Work)-[:AUTHORED_BY]->(node) })
RETURN node.id AS id,
  CASE WHEN node:Claim THEN 'claim' WHEN node:Work THEN 'work' ELSE 'author' END AS type,
  coalesce(node.text, node.title, node.display) AS label, score, a.slug AS article
ORDER BY score DESC, id LIMIT $limit`;

/** Claims, works and authors matching what was typed, best first, from the full-text index. */
export async function searchGraph(params: SearchGraphParams): Promise<SearchResult> {
  const query = toLuceneQuery(params.q);
  if (!query) return { query: params.q, hits: [] };
  const limit = params.limit ?? 10;
  const hits = await readTx((tx) =>
    tx.rows<SearchResult['hits'][number]>(SEARCH, {
      index: SEARCH_INDEX,
      query,
      article: params.article ?? null,
      limit,
      candidates: params.article ? Math.max(200, limit * 20) : limit,
    }),
  );
  return { query: params.q, hits };
}
