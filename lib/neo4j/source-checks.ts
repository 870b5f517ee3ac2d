import 'server-only';
import { type SourceCheck, sourceRecordSchema } from '@/lib/schemas/sources';
import type { CheckableWork } from '@/lib/sources/check-work';
import { checkQuery } from '@/lib/sources/check-query';
import { databaseName, getDriver } from './driver';
import { bumpGraphRevision } from './graph-revision';
import { cypherParams } from './params';

/*
 * Crossref checks in the graph: one (:SourceCheck {workId}) per work, replaced by each new check of
 * it. Apart from the Work node on purpose: the loader sets a work's properties anew from its entry
 * on every load, which would wipe a check stored on it (docs/decisions/013-source-checks.md).
 */

const SAVE = `
UNWIND $rows AS row
MERGE (s:SourceCheck {workId: row.workId})
SET s = row`;

/** Stores checks in one transaction, counted as a write so cached answers are refreshed. */
export async function saveSourceChecks(checks: readonly SourceCheck[]): Promise<void> {
  if (checks.length === 0) return;
  const rows = checks.map((c) => ({
    workId: c.work_id,
    query: c.query,
    checkedAt: c.checked_at,
    outcome: c.outcome,
    doi: c.record?.doi ?? null,
    score: c.score,
    // A record is nested (updates, years): kept whole as JSON, read back through the zod schema.
    record: c.record ? JSON.stringify(c.record) : null,
  }));
  const session = getDriver().session({ database: databaseName() });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(SAVE, cypherParams({ rows }));
      await bumpGraphRevision(tx);
    });
  } finally {
    await session.close();
  }
}

export interface StoredCheckRow {
  workId: string;
  query: string;
  checkedAt: string;
  outcome: SourceCheck['outcome'];
  score: number | null;
  record: string | null;
}

/** A stored row as the shared shape, its record checked against the schema it was written with. */
export function toSourceCheck(row: StoredCheckRow): SourceCheck {
  return {
    work_id: row.workId,
    query: row.query,
    checked_at: row.checkedAt,
    outcome: row.outcome,
    record: row.record ? sourceRecordSchema.parse(JSON.parse(row.record)) : null,
    score: row.score,
  };
}

const CANDIDATES = `
CALL () {
  MATCH (a:Article {slug: $slug})-[:REFERENCES {listed: true}]->(w:Work)
  RETURN w
  UNION
  MATCH (w:Work) WHERE $all AND EXISTS { ()-[:REFERENCES {listed: true}]->(w) }
  RETURN w
}
OPTIONAL MATCH (s:SourceCheck {workId: w.id})
RETURN w.id AS id, w.doi AS doi, w.title AS title, w.raw AS raw, s.query AS query, s.checkedAt AS checkedAt
ORDER BY id`;

export interface WorksToCheck {
  /** Works to ask Crossref about, by id. */
  due: CheckableWork[];
  /** Listed works with a check younger than the age limit, made for the entry as it is. */
  fresh: number;
  /** Listed works with nothing to ask (no DOI and no title). */
  unaskable: number;
}

/**
 * The listed works of one article (or of every article) that need a check: never checked, checked
 * before `checkedBefore` (ISO), or checked for another DOI or wording of the entry. A run stopped
 * half way therefore resumes where it stopped.
 */
export async function worksToCheck(options: {
  slug?: string;
  all?: boolean;
  checkedBefore: string;
}): Promise<WorksToCheck> {
  const { records } = await getDriver().executeQuery(
    CANDIDATES,
    { slug: options.slug ?? null, all: options.all === true },
    { database: databaseName(), routing: 'READ' },
  );
  const result: WorksToCheck = { due: [], fresh: 0, unaskable: 0 };
  for (const r of records) {
    const work = {
      id: r.get('id'),
      doi: r.get('doi'),
      title: r.get('title'),
      raw: r.get('raw'),
    } as CheckableWork;
    const query = checkQuery(work);
    const checkedAt = r.get('checkedAt') as string | null;
    if (query === null) result.unaskable++;
    else if (r.get('query') === query && checkedAt !== null && checkedAt >= options.checkedBefore)
      result.fresh++;
    else result.due.push(work);
  }
  return result;
}
