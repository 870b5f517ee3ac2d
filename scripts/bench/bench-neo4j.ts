import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { closeDriver, databaseName, getDriver } from '@/lib/neo4j/driver';
import { start, stop } from '../neo4j/local-neo4j';

/**
 * The benchmark's own Neo4j: port 7689, data in .neo4j/bench-data, started through the project's
 * launcher. Every load variant starts from a deleted data folder, so none inherits another's store
 * files, caches or schema. The folder is throwaway, so each run makes up its own password.
 */
export const BENCH_BOLT_PORT = 7689;
export const BENCH_DATA_DIR = path.join('.neo4j', 'bench-data');

const password = randomBytes(18).toString('base64url');

/** Points this process (and children given `benchEnv()`) at the bench Neo4j. Call before getDriver(). */
export function benchEnv(): Record<string, string> {
  return {
    NEO4J_URI: `bolt://127.0.0.1:${BENCH_BOLT_PORT}`,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: 'neo4j',
  };
}

export function pointAtBenchNeo4j(): void {
  Object.assign(process.env, benchEnv());
}

export async function stopBenchNeo4j(): Promise<void> {
  await closeDriver();
  await stop(BENCH_BOLT_PORT);
}

/** Stops the bench Neo4j if it runs, deletes its data and starts it empty. Returns the start time in ms. */
export async function freshBenchNeo4j(log: (line: string) => void = () => {}): Promise<number> {
  await stopBenchNeo4j();
  await rm(BENCH_DATA_DIR, { recursive: true, force: true });
  const t0 = performance.now();
  await start({
    port: BENCH_BOLT_PORT,
    dataDir: BENCH_DATA_DIR,
    password,
    heapMb: 1024,
    pageCacheMb: 512,
    timeoutMs: 120_000,
    log,
  });
  return performance.now() - t0;
}

export async function neo4jVersion(): Promise<string> {
  const { records } = await getDriver().executeQuery(
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS v, edition',
    {},
    { database: databaseName() },
  );
  const r = records[0];
  return r ? `${r.get('name')} ${r.get('v')} ${r.get('edition')}` : 'unknown';
}

/** The pid of the bench Neo4j's JVM (for its memory), read from the launcher's pid file. */
export { readInstance } from '../neo4j/pid-file';
