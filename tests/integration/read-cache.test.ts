import neo4j, { error as driverErrors, Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getHandler } from '@/app/api/_lib/handler';
import { GET as getClaim } from '@/app/api/claims/route';
import { GET as getGraph } from '@/app/api/graph/route';
import { parseArticle } from '@/lib/ingest/parse-article';
import { env } from '@/lib/env';
import { closeDriver, databaseName } from '@/lib/neo4j/driver';
import { deleteArticle, writeArticle } from '@/lib/neo4j/write-article';
import { cachedReader, readCacheStats } from '@/lib/read-cache/cached-reader';
import { articleGraphReader } from '@/lib/read-cache/readers';
import { idParamsSchema } from '@/lib/schemas/api-params';
import type { ArticleGraph } from '@/lib/schemas/graph';
import { resetTestDatabase } from './support/test-database';

/* The read cache in front of a real Neo4j: hits are counted, never timed. */

const SLUG = 'sleep-and-memory';
const article = (claim: string) => `Sleep and memory

${claim}[1] Naps help too.[2]

References

[1] Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the New York Academy of Sciences, 1156(1), 168-197.
[2] Mednick, S. C. (2003). Sleep-dependent learning: a nap is as good as a night. Nature Neuroscience, 6(7), 697-698.
`;
const write = (claim: string) => writeArticle(parseArticle(article(claim), { slug: SLUG }));

const get = (
  handler: (r: Request) => Promise<Response>,
  path: string,
  headers: Record<string, string> = {},
) => handler(new Request(`http://localhost${path}`, { headers }));
const graphPath = `/api/graph?article=${SLUG}`;
/** The claim texts of an article graph response, as one string to search. */
const claimText = async (response: Response) =>
  ((await response.json()) as ArticleGraph).nodes
    .filter((n) => n.type === 'claim')
    .map((n) => n.label)
    .join('\n');

/** How the counters moved while `fn` ran. */
async function delta(fn: () => Promise<unknown>) {
  const before = readCacheStats();
  await fn();
  const after = readCacheStats();
  return {
    hits: after.hits - before.hits,
    misses: after.misses - before.misses,
    coalesced: after.coalesced - before.coalesced,
    bypassed: after.bypassed - before.bypassed,
  };
}

describe('the read cache against a real Neo4j', () => {
  beforeAll(async () => {
    await resetTestDatabase();
  });
  afterAll(async () => {
    // The test database is shared with the e2e tests, which expect the seed article alone.
    await deleteArticle(SLUG);
    await deleteArticle('not-yet-written');
    await closeDriver();
  });

  it('caches nothing while the graph has no revision (emptied or loaded by other means)', async () => {
    const moved = await delta(async () => {
      expect((await get(getGraph, graphPath)).status).toBe(404);
      expect((await get(getGraph, graphPath)).status).toBe(404);
    });
    expect(moved).toMatchObject({ hits: 0, misses: 0, bypassed: 2 });
  });

  it('serves a second identical request from the cache, with the same body and ETag', async () => {
    await write('Studies show that sleep consolidates memory.');
    let first: Response | undefined;
    let second: Response | undefined;
    const moved = await delta(async () => {
      first = await get(getGraph, graphPath);
      second = await get(getGraph, graphPath);
    });
    expect(moved).toMatchObject({ misses: 1, hits: 1 });
    expect(first?.headers.get('x-cache')).toBe('miss');
    expect(second?.headers.get('x-cache')).toBe('hit');
    expect(second?.headers.get('cache-control')).toBe('private, no-cache');
    expect(second?.headers.get('etag')).toBe(first?.headers.get('etag'));
    expect(await second?.text()).toBe(await first?.text());
  });

  it('answers 304 without a body when the client already holds the current answer', async () => {
    const etag = (await get(getGraph, graphPath)).headers.get('etag') ?? '';
    const revalidated = await get(getGraph, graphPath, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    expect((await get(getGraph, graphPath, { 'if-none-match': 'W/"other"' })).status).toBe(200);
  });

  it('shares one cache between route handlers and server-side callers of the readers', async () => {
    const fromRoute = await (await get(getGraph, graphPath)).json();
    let value: ArticleGraph | null = null;
    const moved = await delta(async () => {
      value = await articleGraphReader.value({ slug: SLUG, limit: 2000 });
    });
    expect(moved).toMatchObject({ hits: 1, misses: 0 });
    expect(value).toEqual(fromRoute);
  });

  it('returns the new data on the next request after writeArticle replaces the article', async () => {
    expect(await claimText(await get(getGraph, graphPath))).toContain('sleep consolidates memory');
    await write('Studies show that sleep restores attention.');
    const after = await get(getGraph, graphPath);
    expect(after.headers.get('x-cache')).toBe('miss');
    const text = await claimText(after);
    expect(text).toContain('sleep restores attention');
    expect(text).not.toContain('sleep consolidates memory');
  });

  it('sees a write committed by another process once the revision it read has aged', async () => {
    await get(getGraph, graphPath); // cached
    const e = env();
    // Another driver and plain Cypher: nothing in this process hears of the write.
    const other = neo4j.driver(e.neo4jUri, neo4j.auth.basic(e.NEO4J_USERNAME, e.NEO4J_PASSWORD ?? ''));
    const session = other.session({ database: databaseName() });
    try {
      await session.executeWrite(async (tx) => {
        await tx.run('MATCH (a:Article {slug: $slug}) SET a.title = $title', {
          slug: SLUG,
          title: 'Sleep, memory and attention',
        });
        await tx.run("MATCH (r:GraphRevision {id: 'graph'}) SET r.count = r.count + 1");
      });
    } finally {
      await session.close();
      await other.close();
    }
    // The documented bound: a revision is reused for at most CLAIMTRACE_REVISION_MAX_AGE_MS.
    await new Promise((r) => setTimeout(r, e.CLAIMTRACE_REVISION_MAX_AGE_MS + 50));
    const after = await get(getGraph, graphPath);
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(((await after.json()) as ArticleGraph).article.title).toBe('Sleep, memory and attention');
  });

  it('runs one query for concurrent identical misses', async () => {
    await write('Studies show that sleep protects memory.');
    const claimId = ((await (await get(getGraph, graphPath)).json()) as ArticleGraph).nodes.find(
      (n) => n.type === 'claim',
    )?.id;
    const path = `/api/claims?id=${encodeURIComponent(claimId ?? '')}`;
    let responses: Response[] = [];
    const moved = await delta(async () => {
      responses = await Promise.all(Array.from({ length: 16 }, () => get(getClaim, path)));
    });
    expect(responses.map((r) => r.status)).toEqual(Array(16).fill(200));
    expect(new Set(await Promise.all(responses.map((r) => r.text()))).size).toBe(1);
    expect(moved.misses).toBe(1);
    expect(moved.hits + moved.coalesced).toBe(15);
  });

  it('does not cache a 404: the article is found by the next request once written', async () => {
    const missing = '/api/graph?article=not-yet-written';
    const moved = await delta(async () => {
      expect((await get(getGraph, missing)).status).toBe(404);
      expect((await get(getGraph, missing)).status).toBe(404);
    });
    expect(moved).toMatchObject({ misses: 2, hits: 0 });
    await writeArticle(parseArticle(article('Dreams replay the day.'), { slug: 'not-yet-written' }));
    expect((await get(getGraph, missing)).status).toBe(200);
  });

  it('does not cache a 503: the next request asks the database again', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    const flaky = cachedReader('flaky-test-query', async ({ id }: { id: string }) => {
      calls++;
      if (calls === 1) {
        throw new Neo4jError('connection refused', driverErrors.SERVICE_UNAVAILABLE, '08000', 'connection');
      }
      return { id };
    });
    const handler = getHandler(idParamsSchema, flaky.body, () => 'none');
    expect((await get(handler, '/x?id=a')).status).toBe(503);
    const retried = await get(handler, '/x?id=a');
    expect(retried.status).toBe(200);
    expect(retried.headers.get('x-cache')).toBe('miss');
    expect((await get(handler, '/x?id=a')).headers.get('x-cache')).toBe('hit');
    expect(calls).toBe(2);
    log.mockRestore();
  });

  it('returns 404 on the next request after deleteArticle', async () => {
    expect((await get(getGraph, graphPath)).status).toBe(200);
    expect(await deleteArticle(SLUG)).toBe(true);
    expect((await get(getGraph, graphPath)).status).toBe(404);
  });
});
