import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { parseArticle } from '@/lib/ingest/parse-article';
import { loadArticleDocument } from '@/lib/neo4j/article-document';
import { closeDriver, databaseName, getDriver } from '@/lib/neo4j/driver';
import { graphCounts } from '@/lib/neo4j/graph-counts';
import { deleteArticle, writeArticle } from '@/lib/neo4j/write-article';
import { resetTestDatabase } from './support/test-database';

const seedText = readFileSync('graph/corpus/emotionally-unavailable-men.txt', 'utf8');

// A second article that cites two of the seed's works (same entries) and one of its own.
const secondText = `Why fathers matter

Children learn feelings at home. Research shows that affectionate fathers raise more open sons.[1]
Marriages last when partners respond to each other.[2] Some of this is contested.[3]

References

1. Floyd, K. (2014). Empathic listening as an expression of interpersonal affection. International Journal of Listening, 28, 1-12.
2. Gottman, J. M., & Levenson, R. W. (1992). Marital processes predictive of later dissolution: behavior, physiology, and health. Journal of Personality and Social Psychology, 63(2), 221–233.
3. Doe, A. (2020). A made-up study of nothing in particular. Journal of Examples, 1(1), 1-2.
`;

async function count(query: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await getDriver().executeQuery(query, params, { database: databaseName() });
  return Number(records[0]?.get(0));
}

describe('writeArticle against a real Neo4j', () => {
  let seed: GraphDocument;
  let second: GraphDocument;

  beforeAll(async () => {
    await resetTestDatabase();
    seed = parseArticle(seedText, { slug: 'emotionally-unavailable-men' });
    second = parseArticle(secondText, { slug: 'why-fathers-matter' });
    await writeArticle(seed);
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('reads an article back as the document it was loaded from', async () => {
    const back = await loadArticleDocument('emotionally-unavailable-men');
    expect(back).not.toBeNull();
    expect(back?.claims).toEqual(seed.claims);
    expect(back?.sections).toEqual(seed.sections);
    expect(back?.references).toEqual(seed.references);
    expect(back?.entries).toEqual(seed.entries);
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back?.works ?? [])).toEqual(byId(seed.works));
    expect(byId(back?.authors ?? [])).toEqual(byId(seed.authors));
  });

  it('returns null for an article that does not exist', async () => {
    expect(await loadArticleDocument('no-such-article')).toBeNull();
  });

  it('links a second article citing the same works to the same Work nodes', async () => {
    const worksBefore = (await graphCounts()).nodes.Work;
    await writeArticle(second);
    expect((await graphCounts()).nodes.Work).toBe(worksBefore + 1); // only Doe (2020) is new
    const shared = await count(
      `MATCH (:Article {slug: 'emotionally-unavailable-men'})-[:REFERENCES]->(w:Work)
             <-[:REFERENCES]-(:Article {slug: 'why-fathers-matter'}) RETURN count(w)`,
    );
    expect(shared).toBe(2);
  });

  it('replaces an article when it is loaded again, without duplicates', async () => {
    const before = await graphCounts();
    await writeArticle(second);
    expect(await graphCounts()).toEqual(before);
  });

  it('leaves the previous graph as it was when a write fails half-way', async () => {
    const before = await graphCounts();
    const broken: GraphDocument = structuredClone(second);
    const first = second.claims[0];
    if (!first) throw new Error('the second article has no claims');
    broken.claims[0] = { ...first, text: 'A changed sentence that must not land.' };
    // A nested map is not a valid property value: the concepts step fails after claims were written.
    const aliases = [{ not: 'a string' }] as unknown as string[];
    broken.concepts = [{ id: 'x', label: 'x', aliases, description: '', broader: null }];
    await expect(writeArticle(broken)).rejects.toThrow();
    expect(await graphCounts()).toEqual(before);
    expect(
      await count("MATCH (c:Claim {text: 'A changed sentence that must not land.'}) RETURN count(c)"),
    ).toBe(0);
  });

  it('deletes an article and only what it alone used', async () => {
    expect(await deleteArticle('why-fathers-matter')).toBe(true);
    expect(await count("MATCH (w:Work) WHERE w.title STARTS WITH 'A made-up study' RETURN count(w)")).toBe(0);
    expect(await count("MATCH (p:Author {family: 'Floyd'}) RETURN count(p)")).toBe(1);
    expect(await deleteArticle('why-fathers-matter')).toBe(false);
  });
});
