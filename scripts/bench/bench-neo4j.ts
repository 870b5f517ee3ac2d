import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { harnessPorts } from '@/lib/env';
import { closeDriver, databaseName, getDriver } from '@/lib/neo4j/driver';
import { start, stop } from '../neo4j/local-neo4j';

/**
 * The benchmark's own Neo4j: port 7689 (CLAIMTRACE_BENCH_BOLT_PORT), data in .neo4j/bench-data, started through the project's
 * launcher. The data folder is throwaway; its password sits beside it (.neo4j/bench-password,
 * git-ignored) so a later run can start on the same folder: creating a new store takes one to
 * several minutes on a busy 2-core machine. Each load variant then starts from an emptied
 * database (wipe.ts), never from another variant's data.
 */
export const BENCH_BOLT_PORT = harnessPorts().CLAIMTRACE_BENCH_BOLT_PORT;
export const BENCH_DATA_DIR = path.join('.neo4j', 'bench-data');
const PASSWORD_FILE = path.join('.neo4j', 'bench-password');

function benchPassword(): string {
  if (existsSync(PASSWORD_FILE)) return readFileSync(PASSWORD_FILE, 'utf8').trim();
  const fresh = randomBytes(18).toString('base64url');
  // On a fresh clone nothing has made .neo4j yet (npm start and npm test make it when they install).
  mkdirSync(path.dirname(PASSWORD_FILE), { recursive: true });
  writeFileSync(PASSWORD_FILE, `${fresh}\n`, { mode: 0o600 });
  return fresh;
}

let password = '';

/** Points this process (and children given `benchEnv()`) at the bench Neo4j. Call before getDriver(). */
export function benchEnv(): Record<string, string> {
  password ||= benchPassword();
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

/**
 * Starts the bench Neo4j (a no-op if it already runs). A data folder without its password file is
 * deleted first, since nothing could log in to it. Returns the start time in ms.
 */
export async function startBenchNeo4j(log: (line: string) => void = () => {}): Promise<number> {
  if (!existsSync(PASSWORD_FILE)) {
    await stopBenchNeo4j();
    await rm(BENCH_DATA_DIR, { recursive: true, force: true });
  }
  const t0 = performance.now();
  await start({
    port: BENCH_BOLT_PORT,
    dataDir: BENCH_DATA_DIR,
    password: benchEnv().NEO4J_PASSWORD as string,
    heapMb: 1024,
    pageCacheMb: 512,
    timeoutMs: 600_000,
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
