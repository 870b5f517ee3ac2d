import 'server-only';
import neo4j, { type Driver } from 'neo4j-driver';
import { env } from '@/lib/env';

/**
 * One driver per process. In `next dev` modules are re-evaluated on every change, so the driver
 * lives on globalThis; otherwise each reload would leak a connection pool.
 */
const globalForNeo4j = globalThis as unknown as { claimtraceDriver?: Driver };

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
        connectionAcquisitionTimeout: 10_000,
        connectionTimeout: 5_000,
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
