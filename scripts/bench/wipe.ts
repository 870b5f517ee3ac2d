import { env } from '@/lib/env';
import { databaseName, getDriver } from '@/lib/neo4j/driver';
import { BENCH_BOLT_PORT } from './bench-neo4j';

/**
 * Empties the bench database between load variants: drops every constraint and index (the floor
 * runs without any) and deletes all data in batches, which is faster here than a fresh data
 * folder (a new store takes 40-60 s to create on a busy 2-core machine).
 */
export async function wipeDatabase(): Promise<void> {
  const e = env();
  // Only the bench's own database or the test suite's throw-away one: never the graph `npm start` serves.
  if (!e.neo4jUri.endsWith(`:${BENCH_BOLT_PORT}`) && e.CLAIMTRACE_TEST_DATABASE !== 'true') {
    throw new Error(
      `Refusing to wipe ${e.neo4jUri}: the bench only empties its own Neo4j (port ${BENCH_BOLT_PORT}) or the test database.`,
    );
  }
  const driver = getDriver();
  const database = databaseName();
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name', {}, { database });
  for (const r of constraints.records) {
    await driver.executeQuery(`DROP CONSTRAINT \`${r.get('name')}\` IF EXISTS`, {}, { database });
  }
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    {},
    { database },
  );
  for (const r of indexes.records) {
    await driver.executeQuery(`DROP INDEX \`${r.get('name')}\` IF EXISTS`, {}, { database });
  }
  // CALL ... IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
