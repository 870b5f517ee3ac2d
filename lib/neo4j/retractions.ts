import 'server-only';
import { randomUUID } from 'node:crypto';
import type { RetractionRecord } from '@/lib/schemas/sources';
import { databaseName, getDriver } from './driver';
import { bumpGraphRevision } from './graph-revision';
import { cypherParams } from './params';

/*
 * The Retraction Watch data in the graph. A load writes the new records under a fresh dataset id,
 * a batch per transaction, then one transaction makes that dataset the one in force
 * (:RetractionSource {id: 'retraction-watch'}) and counts as a write; only then are the old
 * records deleted. Readers match records of the dataset in force only, so they see the old data or
 * the new, never half of a load, and a load that fails leaves the old data as it was.
 */

export const RETRACTION_SOURCE_ID = 'retraction-watch';
const BATCH = 5_000;

const WRITE = `
UNWIND $rows AS row
CREATE (r:Retraction)
SET r = row`;

const SWITCH = `
MERGE (d:RetractionSource {id: $id})
SET d.dataset = $dataset, d.file = $file, d.loadedAt = $loadedAt, d.records = $records, d.rows = $rows`;

const DELETE_OTHERS = `
MATCH (r:Retraction) WHERE r.dataset <> $dataset
WITH r LIMIT $limit
DETACH DELETE r
RETURN count(*) AS deleted`;

const DELETE_DATASET = `
MATCH (r:Retraction {dataset: $dataset})
WITH r LIMIT $limit
DETACH DELETE r
RETURN count(*) AS deleted`;

function row(dataset: string, r: RetractionRecord) {
  return {
    id: `${dataset}:${r.record_id}`,
    dataset,
    recordId: r.record_id,
    title: r.title,
    titleKey: r.title_key,
    year: r.year,
    doi: r.doi,
    pmid: r.pmid,
    nature: r.nature,
    date: r.date,
    noticeDoi: r.notice_doi,
    reasons: r.reasons,
  };
}

async function write(query: string, params: Record<string, unknown>, bump = false): Promise<number> {
  const session = getDriver().session({ database: databaseName() });
  try {
    return await session.executeWrite(async (tx) => {
      const result = await tx.run(query, cypherParams(params));
      if (bump) await bumpGraphRevision(tx);
      return Number(result.records[0]?.get('deleted') ?? 0);
    });
  } finally {
    await session.close();
  }
}

async function deleteInBatches(query: string, params: Record<string, unknown>): Promise<void> {
  while ((await write(query, { ...params, limit: BATCH })) > 0) {
    // until nothing is left
  }
}

export interface RetractionLoad {
  file: string;
  rows: number;
  records: readonly RetractionRecord[];
  onProgress?: (written: number) => void;
}

/** Replaces the Retraction Watch data in the graph by these records; returns the dataset id. */
export async function replaceRetractions(load: RetractionLoad): Promise<string> {
  const dataset = `${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
  try {
    for (let i = 0; i < load.records.length; i += BATCH) {
      const rows = load.records.slice(i, i + BATCH).map((r) => row(dataset, r));
      await write(WRITE, { rows });
      load.onProgress?.(Math.min(i + BATCH, load.records.length));
    }
    await write(
      SWITCH,
      {
        id: RETRACTION_SOURCE_ID,
        dataset,
        file: load.file,
        loadedAt: new Date().toISOString(),
        records: load.records.length,
        rows: load.rows,
      },
      true,
    );
  } catch (error) {
    // Nothing reads a dataset that is not in force; removing the half-written one is tidiness.
    await deleteInBatches(DELETE_DATASET, { dataset }).catch(() => {});
    throw error;
  }
  await deleteInBatches(DELETE_OTHERS, { dataset });
  return dataset;
}

/** Removes the Retraction Watch data from the graph (counted as a write). */
export async function clearRetractions(): Promise<void> {
  await write('MATCH (d:RetractionSource {id: $id}) DELETE d', { id: RETRACTION_SOURCE_ID }, true);
  await deleteInBatches(DELETE_OTHERS, { dataset: '' });
}
