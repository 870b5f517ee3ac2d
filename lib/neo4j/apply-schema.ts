import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { databaseName, getDriver } from './driver';

const SCHEMA_FILE = path.join(process.cwd(), 'graph', 'schema.cypher');

/** Splits schema.cypher into statements: `;` at a line end ends one; `//` lines are comments. */
export function schemaStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Applies graph/schema.cypher. Schema statements cannot share a transaction with data writes, so
 * each runs on its own; all are idempotent. Waits until the indexes are online so the load that
 * follows, and the first search, use them.
 */
export async function applySchema(): Promise<number> {
  const statements = schemaStatements(await readFile(SCHEMA_FILE, 'utf8'));
  const driver = getDriver();
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { database: databaseName() });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: databaseName() });
  return statements.length;
}
