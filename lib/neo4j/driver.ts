import 'server-only';
import neo4j, { type Driver } from 'neo4j-driver';
import { env } from '@/lib/env';

/**
 * One driver per process. In `next dev` modules are re-evaluated on every change, so the driver
 * lives on globalThis; otherwise each reload would leak a connection pool.
 */
const globalForNeo4j = globalThis as unknown as { claimtraceDriver?: Driver };

/**
 * How long a caller may wait on a database that is not there: the API must answer 503 within 3 s
 * and every page show its error within 5 s (README, "When Neo4j is away"). With the driver's
 * defaults a read waited 60 s and a write 31 s, retrying a refused connection for 30 s.
 */
const FAIL_FAST = {
  /**
   * Getting a connection, a new one's TCP connect and Bolt handshake included: the bound on a host
   * that drops packets, on a server that accepts connections but never answers, and on a pool whose
   * connections all stay busy. Its error is not retried.
   */
  connectionAcquisitionTimeout: 1_500,
  /**
   * A TCP connect alone. Longer than the acquisition timeout, which therefore ends a connect that
   * hangs: this error would be retried, costing another attempt.
   */
  connectionTimeout: 3_000,
  /**
   * executeRead/executeWrite retry a transient failure (a refused connection, a deadlock) until this
   * long after the first one; the first retry comes about 1 s later (0.8-1.2 s), so anything below
   * 800 ms means exactly one retry.
   */
  maxTransactionRetryTime: 500,
} as const;

export function getDriver(): Driver {
  if (!globalForNeo4j.claimtraceDriver) {
    const e = env();
    if (!e.NEO4J_PASSWORD) {
      throw new Error(
        e.neo4jIsLocal
          ? 'NEO4J_PASSWORD is not set. Start the local Neo4j once (npm run neo4j:start), which writes it to .env.local.'
          : 'NEO4J_PASSWORD is not set for NEO4J_URI. Set NEO4J_USERNAME and NEO4J_PASSWORD for that server.',
      );
    }
    globalForNeo4j.claimtraceDriver = neo4j.driver(
      e.neo4jUri,
      neo4j.auth.basic(e.NEO4J_USERNAME, e.NEO4J_PASSWORD),
      {
        // Integers above 2^53 never occur in this graph; plain numbers keep every caller simple.
        disableLosslessIntegers: true,
        ...FAIL_FAST,
        maxConnectionPoolSize: 100,
        userAgent: 'claimtrace',
      },
    );
  }
  return globalForNeo4j.claimtraceDriver;
}

/** Closes the process's driver (scripts and tests call this before exiting). */
export async function closeDriver(): Promise<void> {
  const driver = globalForNeo4j.claimtraceDriver;
  globalForNeo4j.claimtraceDriver = undefined;
  await driver?.close();
}

export function databaseName(): string {
  return env().NEO4J_DATABASE;
}
