import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSecret } from '@/lib/auth/new-secret';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import { harnessPorts } from '@/lib/env';
import { closeDriver } from '@/lib/neo4j/driver';
import { writeArticle } from '@/lib/neo4j/write-article';
import { start, status, stop } from '@/scripts/neo4j/local-neo4j';
import { isLauncherProcess } from '@/scripts/neo4j/pid-file';
import { neo4jLogsDirFor } from '@/scripts/neo4j/paths';
import { isPortOpen } from '@/scripts/neo4j/port-probe';
import { graphDump } from './support/graph-dump';
import { resetTestDatabase, runCli } from './support/test-database';

/*
 * Neo4j killed with SIGKILL right after an article was committed keeps it: started again on the
 * same data folder, it recovers the article whole, exactly as a clean load writes it. A Neo4j of
 * its own (the launcher, the test port + 10, a temporary data folder), so the shared test database
 * is never killed; the article goes in through `npm run ingest`, as a user would load it.
 */
const SEED = 'graph/corpus/emotionally-unavailable-men.txt';
const port = harnessPorts().CLAIMTRACE_TEST_BOLT_PORT + 10;
const password = newSecret();

/** A start of a new store took 35 s on a busy 2-core box; a restart with recovery, about 20 s. */
const startOptions = (dataDir: string) => ({
  port,
  dataDir,
  password,
  heapMb: 512,
  pageCacheMb: 64,
  timeoutMs: 180_000,
  log: () => undefined,
});

const driverFor = (): Driver =>
  neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', password), {
    disableLosslessIntegers: true, // as the app's driver, so the dumps compare
  });

/** Waits until the killed JVM is gone and its Bolt port closed (a big process takes a moment to exit). */
async function waitUntilGone(pid: number): Promise<void> {
  const gone = async () => !isLauncherProcess(pid, port) && !(await isPortOpen(port));
  for (let i = 0; i < 300 && !(await gone()); i++) await new Promise((r) => setTimeout(r, 100));
  expect(await gone()).toBe(true);
}

describe('Neo4j killed with SIGKILL', () => {
  let dataDir: string;

  beforeAll(async () => {
    if ((await status(port)).running) await stop(port); // a leftover of an interrupted run
    dataDir = await mkdtemp(path.join(tmpdir(), 'claimtrace-neo4j-kill-'));
  });
  afterAll(async () => {
    await stop(port);
    await rm(dataDir, { recursive: true, force: true });
    await closeDriver();
  });

  it('recovers a committed article whole when started again on the same data folder', async () => {
    await start(startOptions(dataDir));
    const loaded = await runCli('scripts/ingest.ts', [SEED, '--no-progress'], {
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: password,
    });
    expect(loaded.code, loaded.stderr).toBe(0);
    let driver = driverFor();
    const committed = await graphDump(driver, 'neo4j');
    await driver.close();
    expect(committed.nodes.length).toBeGreaterThan(150);

    // No clean shutdown: the store files are not flushed, only the transaction log is on disk.
    const running = await status(port);
    if (!running.running) throw new Error('the Neo4j of this test is not running');
    process.kill(running.instance.pid, 'SIGKILL');
    await waitUntilGone(running.instance.pid);

    const debugLog = path.join(neo4jLogsDirFor(port), 'debug.log');
    const logOffset = existsSync(debugLog) ? statSync(debugLog).size : 0;
    await start(startOptions(dataDir));
    driver = driverFor();
    const recovered = await graphDump(driver, 'neo4j');
    await driver.close();
    // Neo4j found the store unclean and replayed its log: the kill was not a clean stop.
    expect(readFileSync(debugLog, 'utf8').slice(logOffset)).toMatch(
      /\[neo4j\/\w+\] Recovery in '\w+' mode completed/,
    );

    expect(recovered.nodes).toEqual(committed.nodes);
    expect(recovered.relationships).toEqual(committed.relationships);
    // And that is the whole article: what a clean load of the same file writes.
    await resetTestDatabase();
    await writeArticle(await readArticleFile(SEED));
    const clean = await graphDump();
    expect(recovered.nodes).toEqual(clean.nodes);
    expect(recovered.relationships).toEqual(clean.relationships);
  }, 300_000);
});
