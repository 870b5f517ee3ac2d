import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, databaseName, getDriver } from '@/lib/neo4j/driver';
import { graphCounts } from '@/lib/neo4j/graph-counts';
import { resetTestDatabase, runCli } from './support/test-database';

const SEED_SLUG = 'emotionally-unavailable-men';

async function rows<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await getDriver().executeQuery(query, params, { database: databaseName() });
  return records.map((r) => r.toObject() as T);
}

describe('npm run seed against a real Neo4j', () => {
  beforeAll(async () => {
    await resetTestDatabase();
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('loads the seed article and prints counts by label and type', async () => {
    const { code, stdout, stderr } = await runCli('scripts/seed.ts');
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(stdout).toMatch(/HAS_SECTION/);
    expect(stdout).toMatch(/Seeded 1 article/);
  });

  it('holds the model: 17 REFERENCES, [1]-[15] listed, [16] and [17] not', async () => {
    const refs = await rows<{ number: number; listed: boolean; raw: string | null }>(
      `MATCH (:Article {slug: $slug})-[r:REFERENCES]->(w:Work)
       RETURN r.number AS number, r.listed AS listed, w.raw AS raw ORDER BY number`,
      { slug: SEED_SLUG },
    );
    expect(refs.map((r) => r.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(refs.filter((r) => r.listed).map((r) => r.number)).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
    expect(refs.filter((r) => !r.listed).map((r) => r.raw)).toEqual([null, null]);

    const counts = await graphCounts();
    expect(counts.nodes.Article).toBe(1);
    expect(counts.nodes.Section).toBe(6);
    expect(counts.nodes.Work).toBe(17);
    expect(counts.relationships.REFERENCES).toBe(17);
    expect(counts.nodes.Concept).toBeGreaterThanOrEqual(15);
    expect(counts.relationships.MENTIONS).toBeGreaterThan(0);
  });

  it('stores whole numbers as integers, not floats', async () => {
    const [row] = await rows<{ type: string }>(
      'MATCH ()-[r:REFERENCES {number: 16}]->() RETURN valueType(r.number) AS type',
    );
    expect(row?.type).toMatch(/^INTEGER/);
  });

  it('makes one node of one author and one venue cited twice', async () => {
    const gottman = await rows<{ works: number }>(
      "MATCH (p:Author {family: 'Gottman'})<-[:AUTHORED_BY]-(w:Work) RETURN p.id AS id, count(w) AS works",
    );
    expect(gottman).toHaveLength(1);
    expect(gottman[0]?.works).toBe(2);
    const levant = await rows("MATCH (p:Author {family: 'Levant'}) RETURN p.id");
    expect(levant).toHaveLength(1);
    const venues = await rows<{ name: string; works: number }>(
      `MATCH (v:Venue)<-[:PUBLISHED_IN]-(w:Work) WITH v, count(w) AS works WHERE works > 1
       RETURN v.name AS name, works ORDER BY name`,
    );
    expect(venues.map((v) => v.name)).toEqual([
      'Journal of Social and Clinical Psychology',
      'Psychology of Men & Masculinity',
    ]);
  });

  it('finds the claims lacking a listed citation: those citing [16] and [17], and the uncited ones', async () => {
    // The README's example query, verbatim in spirit: assertions with no CITES to a listed reference.
    const lacking = await rows<{ id: string; text: string; cites: number[] }>(
      `MATCH (a:Article {slug: $slug})-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(c:Claim {kind: 'assertion'})
       WHERE NOT EXISTS {
         MATCH (c)-[x:CITES]->(w:Work)<-[r:REFERENCES {listed: true}]-(a) WHERE r.number = x.number
       }
       OPTIONAL MATCH (c)-[x:CITES]->()
       WITH c, collect(x.number) AS cites
       RETURN c.id AS id, c.text AS text, cites ORDER BY c.order`,
      { slug: SEED_SLUG },
    );
    const withUnlisted = lacking.filter((c) => c.cites.length > 0);
    expect(withUnlisted.map((c) => c.cites)).toEqual([[16], [17]]);
    expect(withUnlisted[0]?.text).toMatch(/Narcissistic Personality Disorder is characterized/);
    expect(withUnlisted[1]?.text).toMatch(/win back his affection/);
    const uncited = lacking.filter((c) => c.cites.length === 0);
    expect(uncited.length).toBeGreaterThan(10);
    expect(uncited.some((c) => /toxic cycle that preserves his power/.test(c.text))).toBe(true);
  });

  it('gives the same counts and no duplicates when run again', async () => {
    const before = await graphCounts();
    const { code } = await runCli('scripts/seed.ts');
    expect(code).toBe(0);
    expect(await graphCounts()).toEqual(before);
  });

  it('refuses a wrong password with a clear message and a non-zero exit', async () => {
    const { code, stderr } = await runCli('scripts/seed.ts', [], { NEO4J_PASSWORD: 'not-the-password' });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/refused the credentials/);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('says where the database should be when nothing answers', async () => {
    const { code, stderr } = await runCli('scripts/seed.ts', [], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/not reachable at bolt:\/\/127\.0\.0\.1:1/);
  }, 60_000);
});
