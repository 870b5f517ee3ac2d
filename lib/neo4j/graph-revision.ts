import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import { databaseName, getDriver } from './driver';

/*
 * The graph's revision: one (:GraphRevision {id: 'graph'}) node whose count goes up in every
 * transaction that writes articles. Readers key cached answers by it, so a write made by any process
 * (the API, `npm run ingest`, `npm run seed`) is seen by every server (docs/decisions/009-read-cache.md). The epoch is a
 * random id set when the node is created: a wiped database starts again at count 1, and the epoch
 * keeps that revision from matching an answer cached before the wipe.
 */

const BUMP = `
MERGE (r:GraphRevision {id: 'graph'})
ON CREATE SET r.epoch = randomUUID(), r.count = 0
SET r.count = r.count + 1
RETURN r.epoch + '.' + toString(r.count) AS revision`;

const READ = `
OPTIONAL MATCH (r:GraphRevision {id: 'graph'})
RETURN r.epoch + '.' + toString(r.count) AS revision`;

/*
 * The last revision this process wrote, so that its own readers need not wait for a cached revision
 * to age (lib/read-cache): on globalThis, because Next.js may bundle this module once per route.
 * Written before the commit, it is trusted only for LOCAL_WRITE_TRUST_MS: a rolled-back write or a
 * database wiped by someone else must not keep readers from reusing revisions for long.
 */
const LOCAL_WRITE_TRUST_MS = 10_000;
const globalForRevision = globalThis as unknown as {
  claimtraceLocalWrite?: { revision: string; at: number };
};

/**
 * Counts a write. Call it once in every write transaction, last: the node's lock is then held only
 * from here to the commit, so concurrent writers queue on it for no longer than that.
 */
export async function bumpGraphRevision(tx: ManagedTransaction): Promise<void> {
  const revision = (await tx.run(BUMP)).records[0]?.get('revision') as string | undefined;
  if (revision) globalForRevision.claimtraceLocalWrite = { revision, at: Date.now() };
}

/**
 * False when this process has just written a revision newer than `revision` (or in another epoch):
 * then `revision` was read before that write committed and must be read again.
 */
export function includesOwnWrites(revision: string | null, now = Date.now()): boolean {
  const local = globalForRevision.claimtraceLocalWrite;
  if (!local || now - local.at > LOCAL_WRITE_TRUST_MS) return true;
  if (revision === null) return false;
  const [epoch, count] = revision.split('.');
  const [localEpoch, localCount] = local.revision.split('.');
  return epoch === localEpoch && Number(count) >= Number(localCount);
}

/** The committed revision, or null when nothing has been written since the database was emptied. */
export async function readGraphRevision(): Promise<string | null> {
  const { records } = await getDriver().executeQuery(READ, {}, { database: databaseName(), routing: 'READ' });
  return (records[0]?.get('revision') as string | null) ?? null;
}
