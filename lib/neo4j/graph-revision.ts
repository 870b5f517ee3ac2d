import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import { databaseName, getDriver } from './driver';

/*
 * The graph's revision: one (:GraphRevision {id: 'graph'}) node whose count goes up in every
 * transaction that writes articles. Readers key cached answers by it, so a write made by any process
 * (the API, `npm run ingest`, `npm run seed`) is seen by the next read everywhere. The epoch is a
 * random id set when the node is created: a wiped database starts again at count 1, and the epoch
 * keeps that revision from matching an answer cached before the wipe.
 */

const BUMP = `
MERGE (r:GraphRevision {id: 'graph'})
ON CREATE SET r.epoch = randomUUID(), r.count = 0
SET r.count = r.count + 1`;

const READ = `
OPTIONAL MATCH (r:GraphRevision {id: 'graph'})
RETURN r.epoch + '.' + toString(r.count) AS revision`;

/**
 * Counts a write. Call it once in every write transaction, last: the node's lock is then held only
 * from here to the commit, so concurrent writers queue on it for no longer than that.
 */
export async function bumpGraphRevision(tx: ManagedTransaction): Promise<void> {
  await tx.run(BUMP);
}

/** The committed revision, or null when nothing has been written since the database was emptied. */
export async function readGraphRevision(): Promise<string | null> {
  const { records } = await getDriver().executeQuery(READ, {}, { database: databaseName(), routing: 'READ' });
  return (records[0]?.get('revision') as string | null) ?? null;
}
