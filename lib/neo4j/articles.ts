import 'server-only';
import { databaseName, getDriver } from './driver';
import { cypherParams } from './params';

export interface ArticleSummary {
  slug: string;
  title: string;
  claims: number;
  references: number;
}

const LIST_ARTICLES = `
MATCH (a:Article)
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(c:Claim)
  RETURN count(c) AS claims
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:REFERENCES]->(:Work)
  RETURN count(r) AS references
}
RETURN a.slug AS slug, a.title AS title, claims, references
ORDER BY slug
SKIP $skip LIMIT $limit`;

/** Articles by slug, a page at a time (a corpus may hold thousands). */
export async function listArticles(
  options: { skip?: number; limit?: number } = {},
): Promise<ArticleSummary[]> {
  const { records } = await getDriver().executeQuery(
    LIST_ARTICLES,
    cypherParams({ skip: options.skip ?? 0, limit: options.limit ?? 100 }),
    { database: databaseName(), routing: 'READ' },
  );
  return records.map((r) => r.toObject() as ArticleSummary);
}

/** Whether an article with this slug is in the graph (an indexed lookup). */
export async function articleExists(slug: string): Promise<boolean> {
  const { records } = await getDriver().executeQuery(
    'MATCH (a:Article {slug: $slug}) RETURN count(a) > 0 AS exists',
    { slug },
    { database: databaseName(), routing: 'READ' },
  );
  return records[0]?.get('exists') === true;
}
