import 'server-only';
import type { WorkRecord } from '@/lib/ingest/graph-document';
import { workFields } from '../document-from-record';
import type { ReadTx } from './run-read';

/** A work as the source rules read it: its entry's fields and its first author's family name. */
export interface WorkForSources {
  work: WorkRecord;
  firstAuthor: string | null;
}

const WORKS = `
UNWIND $ids AS id
MATCH (w:Work {id: id})
RETURN w {.*} AS work,
  [(w)-[ab:AUTHORED_BY]->(p:Author) WHERE ab.position = 0 | p.family][0] AS firstAuthor`;

export async function worksForSources(tx: ReadTx, ids: readonly string[]): Promise<WorkForSources[]> {
  const rows = await tx.rows<{ work: WorkRecord; firstAuthor: string | null }>(WORKS, { ids });
  return rows.map((r) => ({
    work: { ...workFields(r.work), authorIds: [], venueId: null },
    firstAuthor: r.firstAuthor ?? null,
  }));
}
