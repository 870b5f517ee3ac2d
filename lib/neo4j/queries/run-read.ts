import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../connect';
import { databaseName, getDriver } from '../driver';
import { cypherParams } from '../params';

/**
 * Runs work in one read transaction on a fresh session (READ access, so a cluster routes it to a
 * reader). A driver that cannot even be built (no password) counts as an unavailable database.
 */
export async function readTx<T>(work: (tx: ReadTx) => Promise<T>): Promise<T> {
  let driver: ReturnType<typeof getDriver>;
  try {
    driver = getDriver();
  } catch (error) {
    throw new DatabaseUnavailableError((error as Error).message, 'misconfigured');
  }
  const session = driver.session({ database: databaseName(), defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => work(new ReadTx(tx)));
  } finally {
    await session.close();
  }
}

/** A thin view of a transaction: rows as plain objects, every parameter encoded the same way. */
export class ReadTx {
  constructor(private readonly tx: ManagedTransaction) {}

  async rows<Row>(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const result = await this.tx.run(cypher, cypherParams(params));
    return result.records.map((r) => r.toObject() as Row);
  }

  async one<Row>(cypher: string, params: Record<string, unknown> = {}): Promise<Row | null> {
    return (await this.rows<Row>(cypher, params))[0] ?? null;
  }
}
