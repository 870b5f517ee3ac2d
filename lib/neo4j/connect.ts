import 'server-only';
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { env } from '@/lib/env';
import { getDriver } from './driver';
import { isDriverUnavailable } from './error-kinds';

/** Why the database cannot be used, in words a person can act on. */
export class DatabaseUnavailableError extends Error {
  constructor(
    message: string,
    public readonly reason: 'unreachable' | 'unauthorized' | 'misconfigured',
  ) {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

/** True when the database is not there, not answering or will not let us in (error-kinds.ts). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof DatabaseUnavailableError || isDriverUnavailable(error);
}

/**
 * Connects, retrying a bounded number of times while the server is unreachable (it may still be
 * starting). A wrong password is not retried: waiting cannot fix it.
 */
export async function waitForDatabase(options: { attempts?: number; delayMs?: number } = {}): Promise<void> {
  const attempts = options.attempts ?? 10;
  const delayMs = options.delayMs ?? 1000;
  const { neo4jUri, neo4jIsLocal } = env();
  let driver: ReturnType<typeof getDriver>;
  try {
    driver = getDriver();
  } catch (error) {
    throw new DatabaseUnavailableError((error as Error).message, 'misconfigured');
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Security.')) {
        throw new DatabaseUnavailableError(
          `Neo4j at ${neo4jUri} refused the credentials (${error.code}). ` +
            (neo4jIsLocal
              ? 'Check NEO4J_PASSWORD in .env.local: it must be the password the local Neo4j was first started with.'
              : 'Check NEO4J_USERNAME and NEO4J_PASSWORD for NEO4J_URI.'),
          'unauthorized',
        );
      }
      if (attempt >= attempts || !(error instanceof Neo4jError && isRetryableError(error))) {
        throw new DatabaseUnavailableError(
          `Neo4j is not reachable at ${neo4jUri} after ${attempt} attempt(s): ${(error as Error).message}. ` +
            (neo4jIsLocal
              ? 'Start the local server with `npm run neo4j:start`, or set NEO4J_URI to use another.'
              : 'Check that the server behind NEO4J_URI is running and reachable.'),
          'unreachable',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
