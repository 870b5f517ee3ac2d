import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { parseArticle } from '@/lib/ingest/parse-article';
import { closeDriver, databaseName, getDriver } from '@/lib/neo4j/driver';
import { writeArticle } from '@/lib/neo4j/write-article';
import { type ArticleOutcome, writeArticles } from '@/lib/neo4j/write-articles';
import { graphDump } from './support/graph-dump';
import { resetTestDatabase } from './support/test-database';

const SEED = 'graph/corpus/emotionally-unavailable-men.txt';
const FIXTURES = 'tests/fixtures/articles';

// Cites two of the seed's works and one of its own (the made-up study), which the next version drops.
const fathersV1 = `Why fathers matter

Children learn feelings at home. Affectionate fathers raise more open sons.[1]
Marriages last when partners respond to each other.[2] Some of this is contested.[3]

References

1. Floyd, K. (2014). Empathic listening as an expression of interpersonal affection. International Journal of Listening, 28, 1-12.
2. Gottman, J. M., & Levenson, R. W. (1992). Marital processes predictive of later dissolution: behavior, physiology, and health. Journal of Personality and Social Psychology, 63(2), 221–233.
3. Doe, A. (2020). A made-up study of nothing in particular. Journal of Examples, 1(1), 1-2.
`;
const fathersV2 = `Why fathers matter

Affectionate fathers raise more open sons.[1] A new claim with a new source.[2]

References

1. Floyd, K. (2014). Empathic listening as an expression of interpersonal affection. International Journal of Listening, 28, 1-12.
2. Moe, Z. (2021). Fathers at work. Journal of New Things, 4, 5-6.
`;
// Cites the study that the second version of "why fathers matter" stopped citing.
const madeUpAgain = `The made-up study again

Nothing in particular was found.[1]

References

1. Doe, A. (2020). A made-up study of nothing in particular. Journal of Examples, 1(1), 1-2.
`;
// One work (one DOI, so one Work node) entered with a different co-author and venue.
const doeFirst = `Things, first

Things happen.[1]

References

1. Doe, B., & Roe, B. (2019). A study of things. Journal One, 1, 1-2. https://doi.org/10.5555/things.2019
`;
const doeSecond = `Things, second

Things happen again.[1]

References

1. Doe, B., & Poe, C. (2019). A study of things. Journal Two, 3, 4-5. https://doi.org/10.5555/things.2019
`;

const parse = (text: string, slug: string) => parseArticle(text, { slug });

async function fixtureArticles(): Promise<GraphDocument[]> {
  const files = readdirSync(FIXTURES).filter((f) => /\.valid\.(txt|md)$/.test(f));
  return Promise.all(files.sort().map((f) => readArticleFile(`${FIXTURES}/${f}`)));
}

/** A document the database refuses: a nested map is not a valid property value (concepts step). */
function broken(doc: GraphDocument): GraphDocument {
  const out = structuredClone(doc);
  const aliases = [{ not: 'a string' }] as unknown as string[];
  out.concepts = [{ id: 'concept:broken', label: 'x', aliases, description: '', broader: null }];
  const first = out.claims[0];
  if (first) out.claims[0] = { ...first, text: 'A changed sentence that must not land.' };
  return out;
}

async function orphanedSharedNodes(): Promise<number> {
  const { records } = await getDriver().executeQuery(
    'MATCH (n) WHERE (n:Work OR n:Author OR n:Venue OR n:Concept) AND NOT (n)--() RETURN count(n) AS n',
    {},
    { database: databaseName() },
  );
  return Number(records[0]?.get('n'));
}

async function oneByOne(docs: readonly GraphDocument[]): Promise<void> {
  for (const doc of docs) await writeArticle(doc);
}

describe('writeArticles: several articles per transaction', () => {
  let seed: GraphDocument;
  let initial: GraphDocument[];
  let batch: GraphDocument[];

  beforeAll(async () => {
    seed = await readArticleFile(SEED);
    const fathers = parse(fathersV1, 'why-fathers-matter');
    const first = parse(doeFirst, 'things-first');
    initial = [seed, fathers, first];
    batch = [
      parse(fathersV2, 'why-fathers-matter'), // replaces an article, drops a work ...
      parse(madeUpAgain, 'made-up-again'), // ... that the next article cites
      parse(doeSecond, 'things-second'), // a shared work with another author and venue
      ...(await fixtureArticles()),
      first, // re-ingested unchanged
      fathers, // the same slug a second time in the batch
      seed,
    ];
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('gives exactly the graph that writing the articles one by one gives', async () => {
    await resetTestDatabase();
    await oneByOne(initial);
    await oneByOne(batch);
    const expected = await graphDump();
    expect(expected.nodes.length).toBeGreaterThan(300);
    expect(await orphanedSharedNodes()).toBe(0);

    for (const batchSize of [100, 3]) {
      await resetTestDatabase();
      await writeArticles(initial, { batchSize });
      const outcomes = await writeArticles(batch, { batchSize });
      expect(outcomes.every((o) => o.ok)).toBe(true);
      const actual = await graphDump();
      expect(actual.nodes).toEqual(expected.nodes);
      expect(actual.relationships).toEqual(expected.relationships);
    }
  }, 240_000); // three loads of about 25 articles: minutes on a busy machine

  it('keeps the last entry of a shared work: its authors and venue, and no leftovers', async () => {
    // "things-first" was written again after "things-second": its entry (Roe, Journal One) is the last.
    const { records } = await getDriver().executeQuery(
      `MATCH (w:Work) WHERE w.title = 'A study of things'
       OPTIONAL MATCH (w)-[:AUTHORED_BY]->(p:Author)
       OPTIONAL MATCH (w)-[:PUBLISHED_IN]->(v:Venue)
       RETURN count(DISTINCT w) AS works, collect(DISTINCT p.family) AS authors, collect(DISTINCT v.name) AS venues`,
      {},
      { database: databaseName() },
    );
    expect(records[0]?.get('works')).toBe(1);
    expect([...((records[0]?.get('authors') as string[] | undefined) ?? [])].sort()).toEqual(['Doe', 'Roe']);
    expect(records[0]?.get('venues')).toEqual(['Journal One']);
    expect(await orphanedSharedNodes()).toBe(0);
  });

  it('writes the others of a failing batch, and leaves the failing article as it was', async () => {
    const fathers = parse(fathersV1, 'why-fathers-matter');
    const first = parse(doeFirst, 'things-first');
    const second = parse(doeSecond, 'things-second');
    await resetTestDatabase();
    await oneByOne([seed, fathers, first, second]);
    const expected = await graphDump();

    await resetTestDatabase();
    await writeArticles([seed, fathers]);
    const seen: ArticleOutcome[] = [];
    const outcomes = await writeArticles([first, broken(fathers), second, broken(parse(madeUpAgain, 'new-one'))], {
      batchSize: 10,
      onArticle: (o) => seen.push(o),
    });
    expect(seen).toEqual(outcomes);
    expect(outcomes.map((o) => [o.slug, o.ok])).toEqual([
      ['things-first', true],
      ['why-fathers-matter', false],
      ['things-second', true],
      ['new-one', false],
    ]);
    const failure = outcomes[1];
    expect(failure && !failure.ok && String(failure.error)).toMatch(/property|map/i);
    // The previous version of the failing article is intact, the new failing one absent, nothing half-written.
    const actual = await graphDump();
    expect(actual.nodes).toEqual(expected.nodes);
    expect(actual.relationships).toEqual(expected.relationships);
  });

  it('throws the error of a single article written alone', async () => {
    await expect(writeArticle(broken(seed))).rejects.toThrow();
    await expect(writeArticles([broken(seed)], { batchSize: 1 })).resolves.toMatchObject([
      { ok: false, slug: seed.article.slug },
    ]);
  });
});
