import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE } from '@/app/api/articles/[slug]/route';
import { GET as listArticles, POST } from '@/app/api/articles/route';
import { GET as auditReport } from '@/app/api/audit/[slug]/route';
import { GET as authorDetail } from '@/app/api/authors/route';
import { GET as claimTrace } from '@/app/api/claims/route';
import { GET as conceptDetail } from '@/app/api/concepts/route';
import { GET as neighbourhood } from '@/app/api/graph/neighbourhood/route';
import { GET as articleGraph } from '@/app/api/graph/route';
import { GET as search } from '@/app/api/search/route';
import { GET as venueDetail } from '@/app/api/venues/route';
import { GET as workCheck } from '@/app/api/works/[id]/check/route';
import { GET as workDetail } from '@/app/api/works/route';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import { parseArticle } from '@/lib/ingest/parse-article';
import { closeDriver, databaseName, getDriver } from '@/lib/neo4j/driver';
import { writeArticle } from '@/lib/neo4j/write-article';
import { graphDump } from './support/graph-dump';
import { resetTestDatabase } from './support/test-database';
import { bearer, deleteRequest, json, ORIGIN, postRequest, slugContext } from './support/write-requests';

/*
 * Cypher- and Lucene-shaped values through every parameter of the read API, and as an article's
 * slug, title and text through the write API: the answers are 200 with data, 400 or 404, never a
 * 500, and the graph (its schema included) is the same afterwards, apart from the one article
 * written on purpose, which holds the values as data.
 */
const SEED = 'graph/corpus/emotionally-unavailable-men.txt';
const SLUG = 'emotionally-unavailable-men';
const CLAIM = `${SLUG}/c1`;

const HOSTILE = [
  "x' OR 1=1 //",
  '"}) DETACH DELETE n //',
  "') MATCH (n) DETACH DELETE n RETURN 1 //",
  '1}) MATCH (n) DETACH DELETE n //',
  '`n` DETACH DELETE n',
  // Without spaces, so that a node id's pattern lets them through to the query.
  "x'})DETACH/**/DELETE/**/c//",
  "x'}),(n)DETACH/**/DELETE/**/n//",
  'x\nMATCH (n) DETACH DELETE n',
  "CALL dbms.security.createUser('eve', 'eve', false)",
  '$param',
  '$slug',
  '{slug: $id}',
  '\u0000',
  'a\u0000b',
  '*:*',
  'AND OR NOT',
  '\\',
  '%00',
  '../../../etc/passwd',
  '-1',
  '1e309',
  'NaN',
  '9'.repeat(400),
  '0x10',
  '__proto__',
  'x'.repeat(100_000),
  'é'.repeat(20_000),
];

type Get = (request: Request) => Promise<Response>;
type GetWith<C> = (request: Request, context: C) => Promise<Response>;

/** Every read route with valid values for its parameters; each is replaced by a hostile one in turn. */
const READS: { path: string; handler: Get; params: Record<string, string> }[] = [
  { path: '/api/articles', handler: listArticles, params: { skip: '0', limit: '10' } },
  { path: '/api/graph', handler: articleGraph, params: { article: SLUG, limit: '100', concepts: 'x' } },
  { path: '/api/graph/neighbourhood', handler: neighbourhood, params: { id: CLAIM, skip: '0', limit: '5' } },
  { path: '/api/claims', handler: claimTrace, params: { id: CLAIM } },
  { path: '/api/works', handler: workDetail, params: { id: 'work:x', article: SLUG, limit: '5' } },
  { path: '/api/authors', handler: authorDetail, params: { id: 'author:x', article: SLUG, limit: '5' } },
  { path: '/api/venues', handler: venueDetail, params: { id: 'venue:x', article: SLUG, limit: '5' } },
  { path: '/api/concepts', handler: conceptDetail, params: { id: 'concept:x', article: SLUG, limit: '5' } },
  { path: '/api/search', handler: search, params: { q: 'sleep', article: SLUG, limit: '5' } },
];

/** The constraints and indexes by name, so that a dropped one shows. */
async function schemaNames(): Promise<string[]> {
  const database = databaseName();
  const driver = getDriver();
  const names = async (query: string) =>
    (await driver.executeQuery(query, {}, { database })).records.map((r) => String(r.get('name')));
  return [
    ...(await names('SHOW CONSTRAINTS YIELD name')),
    ...(await names('SHOW INDEXES YIELD name')),
  ].sort();
}

async function snapshot() {
  return { ...(await graphDump()), schema: await schemaNames() };
}

/** The status, and the body read as the client would: JSON, or CSV text. */
async function answer(response: Response) {
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  return { status: response.status, body: type.includes('json') ? JSON.parse(text) : text };
}

/** 200 with data, 400 naming the parameter, or 404 with an error: anything else is a failure. */
function expectHandled(label: string, a: { status: number; body: unknown }) {
  expect([200, 400, 404], `${label} answered ${a.status}: ${JSON.stringify(a.body).slice(0, 300)}`).toContain(
    a.status,
  );
  // A 200 is data in the route's own shape: a JSON object, or CSV text under its header row.
  if (a.status === 200) {
    if (typeof a.body === 'string') expect(a.body, label).toMatch(/^[a-z_]+(,[a-z_]+)+\r?\n/);
    else expect(a.body, label).toEqual(expect.any(Object));
  } else expect(a.body, label).toMatchObject({ error: expect.any(String) });
}

const post = (body: unknown) => POST(postRequest(body, { ...bearer(), ...json }));

describe('injection-shaped values against a real Neo4j', () => {
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    await resetTestDatabase();
    await writeArticle(await readArticleFile(SEED));
    before = await snapshot();
    expect(before.nodes.length).toBeGreaterThan(150);
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('every read parameter answers 200, 400 or 404 and changes nothing', async () => {
    const statuses = new Set<number>();
    for (const { path, handler, params } of READS) {
      for (const name of Object.keys(params)) {
        for (const value of HOSTILE) {
          const query = new URLSearchParams({ ...params, [name]: value });
          const label = `${path} ${name}=${JSON.stringify(value.slice(0, 40))}`;
          const a = await answer(await handler(new Request(`${ORIGIN}${path}?${query}`)));
          expectHandled(label, a);
          statuses.add(a.status);
        }
      }
    }
    // The valid values alone reach the database: the loop above was not refused wholesale.
    expect([...statuses].sort()).toEqual([200, 400, 404]);
    expect(await snapshot()).toEqual(before);
  }, 240_000);

  it('path segments (audit slug and format, work id) answer 200, 400 or 404 and change nothing', async () => {
    for (const value of HOSTILE) {
      const label = JSON.stringify(value.slice(0, 40));
      const segment = encodeURIComponent(value);
      const audit = auditReport as GetWith<{ params: Promise<{ slug: string }> }>;
      expectHandled(
        `audit ${label}`,
        await answer(await audit(new Request(`${ORIGIN}/api/audit/${segment}`), slugContext(value))),
      );
      const format = `${ORIGIN}/api/audit/${SLUG}?format=${segment}`;
      expectHandled(
        `audit format ${label}`,
        await answer(await audit(new Request(format), slugContext(SLUG))),
      );
      const check = workCheck as GetWith<{ params: Promise<{ id: string }> }>;
      const context = { params: Promise.resolve({ id: segment }) };
      expectHandled(
        `work check ${label}`,
        await answer(await check(new Request(`${ORIGIN}/api/works/${segment}/check`), context)),
      );
    }
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it('the search finds text that looks like Cypher or Lucene as plain words', async () => {
    const found = await answer(
      await search(
        new Request(`${ORIGIN}/api/search?${new URLSearchParams({ q: 'emotionally OR 1=1 //' })}`),
      ),
    );
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ hits: [] }); // every word must match: "1=1" matches nothing
    const words = await answer(
      await search(new Request(`${ORIGIN}/api/search?${new URLSearchParams({ q: 'AND OR NOT' })}`)),
    );
    expect(words.status).toBe(200);
  });

  it('a hostile slug is refused with 400, by POST and DELETE alike, and writes nothing', async () => {
    // A sample: every write counts against the write budget (30 a minute), refused ones included.
    const slugs = [
      "x' OR 1=1 //",
      '"}) DETACH DELETE n //',
      '$slug',
      'a\u0000b',
      '../../../etc/passwd',
      'x'.repeat(100_000),
    ];
    for (const slug of slugs) {
      const posted = await post({
        slug,
        text: 'A claim.[1]\n\nReferences\n\n[1] Doe, J. (2020). A title. J, 1, 1-2.\n',
      });
      expect(posted.status, JSON.stringify(slug.slice(0, 40))).toBe(400);
      const deleted = await DELETE(deleteRequest(encodeURIComponent(slug), bearer()), slugContext(slug));
      expect(deleted.status, JSON.stringify(slug.slice(0, 40))).toBe(400);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('an article made of injection strings is stored as data, beside the graph it leaves alone, and deleted whole', async () => {
    const slug = 'injection-shaped';
    const text = [
      `# x' OR 1=1 // "}) DETACH DELETE n //`,
      `## $param {slug: $id} \`n\` DETACH DELETE n`,
      // Short values without a NUL (which marks a file as binary), each a sentence of its own.
      ...HOSTILE.filter((v) => !v.includes('\u0000') && v.length < 500).map((v) => `${v} is said here.[1]`),
      "') MATCH (n) DETACH DELETE n RETURN 1 // is cited too.[2]",
      'References',
      `[1] O'Neil, C. "}) DETACH DELETE n //. (2016). Weapons $param of math destruction. Crown ${'x'.repeat(2000)}, 1, 1-2.`,
      `[2] Doe, J. (2020). MATCH (n) DETACH DELETE n. Journal of \`Injections\`, 3(4), 5-6.`,
    ].join('\n\n');
    const vocabulary = {
      concepts: [
        { id: 'said', label: "said' OR 1=1 //", aliases: ['said'], description: '"}) DETACH DELETE n //' },
      ],
    };
    const nul = await post({ slug, text: `${text}\u0000` });
    expect(nul.status).toBe(422); // a NUL byte marks binary content, not an article
    const created = await post({ slug, text, vocabulary });
    expect(created.status, JSON.stringify(await created.clone().json())).toBe(201);
    const withArticle = await snapshot();

    // The same document written alone into an empty graph: what the write added, and no more.
    const expected = parseArticle(text, { slug, vocabulary });
    expect(expected.claims.length).toBeGreaterThanOrEqual(10);
    const deleted = await DELETE(deleteRequest(slug, bearer()), slugContext(slug));
    expect(deleted.status).toBe(204);
    expect(await snapshot()).toEqual(before);

    await resetTestDatabase();
    await writeArticle(expected);
    const alone = await graphDump();
    expect(withArticle.nodes).toEqual([...before.nodes, ...alone.nodes].sort());
    expect(withArticle.relationships).toEqual([...before.relationships, ...alone.relationships].sort());
    expect(alone.nodes.some((n) => n.includes(`x' OR 1=1 // \\"}) DETACH DELETE n //`))).toBe(true);
  });
});
