import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { env } from '@/lib/env';
import { applySchema } from '@/lib/neo4j/apply-schema';
import { waitForDatabase } from '@/lib/neo4j/connect';
import { databaseName, getDriver } from '@/lib/neo4j/driver';

const run = promisify(execFile);

/**
 * Empties the test database. Refuses unless `npm test` marked this database as its own throw-away
 * one, so an integration test can never wipe the graph that `npm start` serves.
 */
export async function resetTestDatabase(): Promise<void> {
  if (env().CLAIMTRACE_TEST_DATABASE !== 'true') {
    throw new Error(
      'Refusing to wipe: CLAIMTRACE_TEST_DATABASE is not "true". Run integration tests with `npm test`.',
    );
  }
  await waitForDatabase({ attempts: 20 });
  await getDriver().executeQuery(
    'MATCH (n) DETACH DELETE n',
    {},
    {
      database: databaseName(),
    },
  );
  await applySchema();
}

/** Runs one of the project's CLIs as a user would, with the test database's environment. */
export async function runCli(script: string, args: string[] = [], extraEnv: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', '--conditions=react-server', script, ...args], {
      env: { ...process.env, ...extraEnv },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
