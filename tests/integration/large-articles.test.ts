import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponse } from '@/app/api/_lib/handler';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import { ArticleTooLargeError, outOfMemoryError, TRANSACTION_LIMITS } from '@/lib/neo4j/article-limits';
import { isDatabaseUnavailable } from '@/lib/neo4j/connect';
import { closeDriver, databaseName, getDriver } from '@/lib/neo4j/driver';
import { isOutOfMemory } from '@/lib/neo4j/error-kinds';
import { graphCounts } from '@/lib/neo4j/graph-counts';
import { writeArticle } from '@/lib/neo4j/write-article';
import { generateSized } from '@/scripts/bench/corpus/generate';
import { graphDump } from './support/graph-dump';
import { resetTestDatabase, runCli } from './support/test-database';

/*
 * The largest articles (docs/decisions/012-large-articles.md): one at the loader's limits loads
 * whole and is replaced whole, on a Neo4j with the local server's default memory (npm test gives
 * its own the same 1 GiB heap); one over them is refused with its reason, by the API and the CLI,
 * and nothing is written; and Neo4j's own lack of memory is never called "unavailable".
 */

const dir = mkdtempSync(path.join(tmpdir(), 'claimtrace-large-'));
/** The benchmark's article generator: 22,740 sentences make 24,999 claims, 22,750 make 25,010. */
const generated = async (sentences: number) =>
  path.join(dir, (await generateSized(dir, 900_000, sentences)).textFile);

describe('articles at and over the size limits', () => {
  beforeAll(async () => {
    await resetTestDatabase();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    // The e2e tests that share this database expect the seed article alone.
    await resetTestDatabase();
    await writeArticle(await readArticleFile('graph/corpus/emotionally-unavailable-men.txt'));
    await closeDriver();
  });

  it('loads an article at the limits whole, and replaces it whole', async () => {
    const doc = await readArticleFile(await generated(22_740), { slug: 'at-the-limits' });
    expect(doc.claims.length).toBeLessThanOrEqual(TRANSACTION_LIMITS.claims);
    expect(doc.claims.length).toBeGreaterThan(TRANSACTION_LIMITS.claims - 10);
    let t0 = performance.now();
    expect((await writeArticle(doc)).claims).toBe(doc.claims.length);
    const loaded = performance.now() - t0;
    const first = await graphDump();
    t0 = performance.now();
    await writeArticle(doc);
    const replaced = performance.now() - t0;
    expect(await graphDump()).toEqual(first);
    expect((await graphCounts()).nodes.Claim).toBe(doc.claims.length);
    console.info(
      `${doc.claims.length} claims: loaded in ${loaded.toFixed(0)} ms, replaced in ${replaced.toFixed(0)} ms`,
    );
  }, 300_000);

  it('refuses an article over the limits with 413 and its reason, writing nothing', async () => {
    const file = await generated(22_750);
    const doc = await readArticleFile(file, { slug: 'over-the-limits' });
    const before = await graphCounts();
    const error = await writeArticle(doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleTooLargeError);
    const response = errorResponse(error);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/25,010 claims .* at most 25,000 claims/);

    const cli = await runCli('scripts/ingest.ts', [file, '--slug', 'over-the-limits']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(
      /^error: not loaded: over-the-limits: The article is too large to load: 25,010 claims/m,
    );
    expect(cli.stderr).not.toMatch(/^\s+at /m);
    expect(await graphCounts()).toEqual(before);
  }, 300_000);

  it('names a lack of transaction memory as such: 413, never "unavailable"', async () => {
    // A real refusal by Neo4j, cheaply: one query that collects more than the transaction memory.
    const session = getDriver().session({ database: databaseName() });
    const refusal = await session
      .run('UNWIND range(1, 60000000) AS i WITH collect(toString(i)) AS xs RETURN size(xs)')
      .then(
        () => null,
        (e: unknown) => e,
      )
      .finally(() => session.close());
    expect(isOutOfMemory(refusal)).toBe(true);
    expect(isDatabaseUnavailable(refusal)).toBe(false);
    const response = errorResponse(outOfMemoryError('some-article', refusal as Error));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(
      /did not have the memory .* dbms\.memory\.transaction\.total\.max/,
    );
  }, 120_000);
});
