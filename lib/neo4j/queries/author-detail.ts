import 'server-only';
import type { AuthorDetail } from '@/lib/schemas/details';
import { readTx } from './run-read';
import { claimStatusCypher } from './work-fields';

export interface AuthorDetailParams {
  id: string;
  article?: string;
  limit?: number;
}

const AUTHOR = `
MATCH (p:Author {id: $id})
OPTIONAL MATCH (scope:Article {slug: $article})
RETURN p.id AS id, p.display AS display,
  COLLECT {
    MATCH (w:Work)-[:AUTHORED_BY]->(p)
    WHERE scope IS NULL OR exists { (scope)-[:REFERENCES]->(w) }
    WITH scope, w ORDER BY w.year, w.title LIMIT $limit
    RETURN w {.id, .title, .year, number: [(scope)-[r:REFERENCES]->(w) | r.number][0],
      listed: coalesce([(scope)-[r:REFERENCES]->(w) | r.listed][0], w.raw IS NOT NULL)} AS item
  } AS works,
  COLLECT {
    MATCH (w:Work)-[:AUTHORED_BY]->(p)
    MATCH (a:Article)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(c:Claim)-[:CITES]->(w)
    WHERE $article IS NULL OR a.slug = $article
    RETURN {id: c.id, text: c.text, article: a.slug, workId: w.id, status: ${claimStatusCypher('a')}} ORDER BY a.slug, c.order LIMIT $limit
  } AS claims`;

/** An author with their works and, through them, the claims that cite them. */
export async function getAuthorDetail(params: AuthorDetailParams): Promise<AuthorDetail | null> {
  return readTx((tx) =>
    tx.one<AuthorDetail>(AUTHOR, {
      id: params.id,
      article: params.article ?? null,
      limit: params.limit ?? 100,
    }),
  );
}
