import neo4j, { Neo4jError } from 'neo4j-driver';

export type Target = { uri: string; username: string; password: string };

/** The server answered but rejected the credentials: retrying cannot help. */
export class WrongPasswordError extends Error {
  constructor(
    readonly target: Target,
    hint: string,
  ) {
    super(`Neo4j at ${target.uri} rejected user '${target.username}' and the password given. ${hint}`);
    this.name = 'WrongPasswordError';
  }
}

export class UnreachableError extends Error {
  constructor(target: Target, waitedMs: number, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Neo4j at ${target.uri} did not answer within ${Math.round(waitedMs / 1000)} s (last error: ${reason}).`,
    );
    this.name = 'UnreachableError';
  }
}

const authCodes = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/**
 * Connects and authenticates, retrying while the server is unreachable
 * or starting, up to timeoutMs. Wrong credentials fail at once with WrongPasswordError.
 */
export async function waitForNeo4j(
  target: Target,
  { timeoutMs, wrongPasswordHint }: { timeoutMs: number; wrongPasswordHint: string },
): Promise<void> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    connectionTimeout: 3_000,
    userAgent: 'claimtrace-scripts',
  });
  const started = Date.now();
  try {
    for (;;) {
      try {
        // Opens a fresh connection and logs in, so bad credentials surface here.
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (error instanceof Neo4jError && authCodes.has(error.code))
          throw new WrongPasswordError(target, wrongPasswordHint);
        if (Date.now() - started >= timeoutMs)
          throw new UnreachableError(target, Date.now() - started, error);
        await new Promise((r) => setTimeout(r, 1_000));
      }
    }
  } finally {
    await driver.close();
  }
}

/** What to fix when the credentials are wrong, for the local server or one behind NEO4J_URI. */
export function wrongPasswordHint(isLocal: boolean, dataDir: string): string {
  return isLocal
    ? `Fix NEO4J_PASSWORD (in .env.local, or in the shell, which wins): it must be the password the data folder ${dataDir} was first started with. ` +
        `Or stop Neo4j (npm run neo4j:stop) and delete ${dataDir} to start afresh with a new password.`
    : 'Fix NEO4J_PASSWORD (and NEO4J_USERNAME) for the server behind NEO4J_URI.';
}
