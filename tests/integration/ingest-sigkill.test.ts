import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFilesIn } from '@/lib/corpus/corpus-files';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { closeDriver, databaseName, getDriver } from '@/lib/neo4j/driver';
import { writeArticles } from '@/lib/neo4j/write-articles';
import { generateCorpus } from '@/scripts/bench/corpus/generate';
import { graphDump } from './support/graph-dump';
import { resetTestDatabase } from './support/test-database';

/*
 * `npm run ingest` killed with SIGKILL while it writes, one article per transaction: each article
 * in the graph afterwards is whole (the graph equals a clean load of just those articles), the
 * others are absent, and running the same command again finishes the job. The child writes to the
 * test database this process was given (NEO4J_URI from `npm test`).
 */
const ARTICLES = 12;

const articleSlugs = async (): Promise<string[]> => {
  const { records } = await getDriver().executeQuery(
    'MATCH (a:Article) RETURN a.slug AS slug ORDER BY slug',
    {},
    { database: databaseName() },
  );
  return records.map((r) => String(r.get('slug')));
};

/** Waits until no process of the group is left (the child node process is reaped a moment later). */
async function groupGone(pgid: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`process group ${pgid} still alive 5 s after SIGKILL`);
}

/**
 * Waits until the database runs no transaction but this query: a commit the killed client sent
 * just before dying has then landed, and its open transaction has been rolled back.
 */
async function settled(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const { records } = await getDriver().executeQuery(
      'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery',
      {},
      { database: databaseName() },
    );
    if (records.every((r) => String(r.get('currentQuery')).startsWith('SHOW TRANSACTIONS'))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the killed ingest left a transaction open for 30 s');
}

/** The ingest CLI as `npm run ingest` runs it, in a process group of its own so one signal kills all of it. */
function ingest(dir: string): ChildProcess {
  return spawn(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'scripts/ingest.ts', dir, '--batch-size', '1', '--no-progress'],
    { env: process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return once(child, 'exit').then(([code]) => code as number | null);
}

/** The graph that loading `docs` into an empty database, in this order, gives. */
async function cleanLoad(docs: GraphDocument[]) {
  await resetTestDatabase();
  await writeArticles(docs, { batchSize: 1 });
  return graphDump();
}

describe('npm run ingest killed with SIGKILL', () => {
  let dir: string;
  let docs: GraphDocument[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-sigkill-'));
    await generateCorpus(dir, ARTICLES);
    docs = await Promise.all((await articleFilesIn(dir)).map((f) => readArticleFile(f)));
    await resetTestDatabase();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await closeDriver();
  });

  it('leaves every article it committed whole and the rest absent; running it again completes them', async () => {
    const child = ingest(dir);
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const pid = child.pid as number;
    // Poll until the first article is committed, then kill the whole group (tsx and its node child).
    for (;;) {
      if ((await articleSlugs()).length > 0) break;
      if (child.exitCode !== null) throw new Error(`ingest ended before the kill:\n${output}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    process.kill(-pid, 'SIGKILL');
    await exited(child);
    expect(child.signalCode).toBe('SIGKILL');
    await groupGone(pid); // no process of the group is left to write
    await settled();

    const present = await articleSlugs();
    expect(present.length).toBeGreaterThan(0);
    expect(present.length).toBeLessThan(ARTICLES); // killed mid-run, not after it
    // Batches commit in file order, so what is present is a prefix of the files.
    const loaded = docs.slice(0, present.length);
    expect(loaded.map((d) => d.article.slug).sort()).toEqual(present);
    const killed = await graphDump();

    const again = ingest(dir);
    let rerun = '';
    again.stdout?.on('data', (d) => (rerun += d));
    again.stderr?.on('data', (d) => (rerun += d));
    expect(await exited(again), rerun).toBe(0);
    expect(rerun).toContain(`Loaded ${ARTICLES} of ${ARTICLES} article(s)`);
    const resumed = await graphDump();

    // Nothing half-written, nothing of the absent articles: exactly a clean load of the present ones.
    const expectedKilled = await cleanLoad(loaded);
    expect(killed.nodes).toEqual(expectedKilled.nodes);
    expect(killed.relationships).toEqual(expectedKilled.relationships);
    const expectedAll = await cleanLoad(docs);
    expect(resumed.nodes).toEqual(expectedAll.nodes);
    expect(resumed.relationships).toEqual(expectedAll.relationships);
  }, 240_000);
});
