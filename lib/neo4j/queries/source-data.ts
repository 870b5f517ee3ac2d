import 'server-only';
import type { SourceData } from '@/lib/audit/source-findings';
import { retractionKeys } from '@/lib/audit/retraction-matches';
import type { WorkRecord } from '@/lib/ingest/graph-document';
import type { RetractionRecord, UpdateNature } from '@/lib/schemas/sources';
import { RETRACTION_SOURCE_ID } from '../retractions';
import { type StoredCheckRow, toSourceCheck } from '../source-checks';
import { type ReadTx, readTx } from './run-read';

type Keyed = Pick<WorkRecord, 'id' | 'doi' | 'raw' | 'title' | 'year'>;

/*
 * The stored checks of some works and the Retraction Watch records (of the dataset in force) that
 * may concern them, looked up by the keys the audit matches on: one round trip, indexed look-ups.
 */
const SOURCE_DATA = `
CALL () {
  UNWIND $ids AS id
  MATCH (s:SourceCheck {workId: id})
  RETURN collect(s {.workId, .query, .checkedAt, .outcome, .score, .record}) AS checks
}
CALL () {
  OPTIONAL MATCH (d:RetractionSource {id: $source})
  RETURN d.dataset AS dataset
}
CALL (dataset) {
  CALL (dataset) {
    UNWIND $dois AS doi MATCH (r:Retraction {doi: doi}) WHERE r.dataset = dataset RETURN r
    UNION
    UNWIND $pmids AS pmid MATCH (r:Retraction {pmid: pmid}) WHERE r.dataset = dataset RETURN r
    UNION
    UNWIND $titleKeys AS k MATCH (r:Retraction {titleKey: k}) WHERE r.dataset = dataset RETURN r
  }
  RETURN collect(r {.recordId, .title, .titleKey, .year, .doi, .pmid, .nature, .date, .noticeDoi, .reasons}) AS retractions
}
RETURN checks, dataset, retractions`;

interface RetractionRow {
  recordId: string;
  title: string | null;
  titleKey: string | null;
  year: number | null;
  doi: string | null;
  pmid: string | null;
  nature: UpdateNature;
  date: string | null;
  noticeDoi: string | null;
  reasons: string[] | null;
}

const toRecord = (r: RetractionRow): RetractionRecord => ({
  record_id: r.recordId,
  title: r.title ?? null,
  title_key: r.titleKey ?? null,
  year: r.year ?? null,
  doi: r.doi ?? null,
  pmid: r.pmid ?? null,
  nature: r.nature,
  date: r.date ?? null,
  notice_doi: r.noticeDoi ?? null,
  reasons: r.reasons ?? [],
});

/** In a read transaction already open. Null when the graph holds no source data for these works. */
export async function sourceDataIn(tx: ReadTx, works: readonly Keyed[]): Promise<SourceData | null> {
  const keys = works.map(retractionKeys);
  const row = await tx.one<{
    checks: StoredCheckRow[];
    dataset: string | null;
    retractions: RetractionRow[];
  }>(SOURCE_DATA, {
    ids: works.map((w) => w.id),
    source: RETRACTION_SOURCE_ID,
    dois: keys.map((k) => k.doi).filter(Boolean),
    pmids: keys.map((k) => k.pmid).filter(Boolean),
    titleKeys: keys.map((k) => k.titleKey).filter(Boolean),
  });
  if (!row || (row.checks.length === 0 && row.dataset === null)) return null;
  return {
    checks: new Map(row.checks.map((c) => [c.workId, toSourceCheck(c)])),
    retractions: row.retractions.map(toRecord),
  };
}

/** The source data for these works, or null when there is none (never checked, no retraction data). */
export function loadSourceData(works: readonly Keyed[]): Promise<SourceData | null> {
  return readTx((tx) => sourceDataIn(tx, works));
}
