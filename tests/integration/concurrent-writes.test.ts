import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/ingest/parse-article';
import { closeDriver } from '@/lib/neo4j/driver';
import { deleteArticle, writeArticle } from '@/lib/neo4j/write-article';
import { graphDump } from './support/graph-dump';
import { startLineChild } from './support/line-child';
import { resetTestDatabase } from './support/test-database';

/*
 * Two writers of one article at once (two API requests, two `npm run ingest` runs) must leave one
 * version whole: its claims, its references and the works they point at, never a mix.
 */

const SLUG = 'emotionally-unavailable-men';
const ROUNDS = 10;
const versionA = readFileSync('graph/corpus/emotionally-unavailable-men.txt', 'utf8');

/**
 * The same article revised: another opening sentence, and the reference list numbered the other
 * way round, so every marker [n] points at another work than in version A.
 */
function revised(text: string): string {
  const listStart = text.search(/^\[1\] /m);
  const body = text.slice(0, listStart).replace(/^Are you in a relationship/, 'Are you perhaps with');
  const list = text.slice(listStart).replace(/^\[(\d+)\] /gm, (_m, n: string) => `[${16 - Number(n)}] `);
  return body + list;
}
const versionB = revised(versionA);

type Dump = Awaited<ReturnType<typeof graphDump>>;
const same = (a: Dump, b: Dump) => JSON.stringify(a) === JSON.stringify(b);

/** Which version the graph holds: 'A', 'B', 'none' (empty) or 'mixed'. */
async function whichVersion(dumps: { A: Dump; B: Dump }): Promise<string> {
  const now = await graphDump();
  if (same(now, dumps.A)) return 'A';
  if (same(now, dumps.B)) return 'B';
  if (now.nodes.length === 0) return 'none';
  return 'mixed';
}

/** The first error among concurrent operations, as a line for the list of outcomes; null if none failed. */
async function failures(operations: Promise<unknown>[]): Promise<string | null> {
  const failed = (await Promise.allSettled(operations)).find((r) => r.status === 'rejected');
  return failed ? `error: ${(failed.reason as Error).message}` : null;
}

/** A write-worker process (support/write-worker.ts): it says "ready", then writes once per line. */
const startWorker = (file: string) =>
  startLineChild('tests/integration/support/write-worker.ts', [file, SLUG]);

describe('concurrent writes of one article', () => {
  const docA = parseArticle(versionA, { slug: SLUG });
  const docB = parseArticle(versionB, { slug: SLUG });
  let dumps: { A: Dump; B: Dump };

  beforeAll(async () => {
    await resetTestDatabase();
    await writeArticle(docA);
    const A = await graphDump();
    await resetTestDatabase();
    await writeArticle(docB);
    dumps = { A, B: await graphDump() };
    expect(same(dumps.A, dumps.B)).toBe(false);
  });
  afterAll(async () => {
    // The e2e tests that share this database expect the seed article as it is.
    await resetTestDatabase();
    await writeArticle(docA);
    await closeDriver();
  });

  it('leave exactly one version, whole, when one process writes both at once', async () => {
    const seen: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Even rounds write a new article, odd ones replace the version the last round left.
      if (round % 2 === 0) await resetTestDatabase();
      const failed = await failures([writeArticle(docA), writeArticle(docB)]);
      seen.push(failed ?? (await whichVersion(dumps)));
    }
    expect(seen.filter((v) => v !== 'A' && v !== 'B')).toEqual([]);
  });

  it('leave exactly one version, whole, when two processes write at once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimtrace-concurrent-'));
    writeFileSync(path.join(dir, 'a.txt'), versionA);
    writeFileSync(path.join(dir, 'b.txt'), versionB);
    const workers = [startWorker(path.join(dir, 'a.txt')), startWorker(path.join(dir, 'b.txt'))];
    try {
      for (const w of workers) expect(await w.next()).toBe('ready');
      const seen: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        if (round % 2 === 0) await resetTestDatabase();
        const answers = await Promise.all(workers.map((w) => w.ask('go')));
        seen.push(answers.find((a) => a !== 'ok') ?? (await whichVersion(dumps)));
      }
      expect(seen.filter((v) => v !== 'A' && v !== 'B')).toEqual([]);
    } finally {
      for (const w of workers) w.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('leave the new version or nothing when a delete and a write meet', async () => {
    const seen: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await writeArticle(docA);
      const failed = await failures([deleteArticle(SLUG), writeArticle(docB)]);
      seen.push(failed ?? (await whichVersion(dumps)));
    }
    expect(seen.filter((v) => v !== 'B' && v !== 'none')).toEqual([]);
  });
});
