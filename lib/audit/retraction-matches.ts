import { keyOf } from '@/lib/ingest/identities';
import type { WorkRecord } from '@/lib/ingest/graph-document';
import type { RetractionRecord } from '@/lib/schemas/sources';
import { pmidInEntry } from '@/lib/sources/identifiers';

/**
 * Retraction Watch records by what a work can be matched on. A DOI or a PubMed id names one paper;
 * a title and year may name another paper with the same title, so that match is only "possible".
 */
export interface RetractionIndex {
  byDoi: ReadonlyMap<string, RetractionRecord[]>;
  byPmid: ReadonlyMap<string, RetractionRecord[]>;
  byTitleYear: ReadonlyMap<string, RetractionRecord[]>;
}

export interface RetractionMatch {
  record: RetractionRecord;
  match: 'doi' | 'pmid' | 'title_year';
}

const titleYear = (titleKey: string, year: number) => `${titleKey}|${year}`;

function push(map: Map<string, RetractionRecord[]>, key: string | null, record: RetractionRecord) {
  if (key) map.set(key, [...(map.get(key) ?? []), record]);
}

export function indexRetractions(records: readonly RetractionRecord[]): RetractionIndex {
  const byDoi = new Map<string, RetractionRecord[]>();
  const byPmid = new Map<string, RetractionRecord[]>();
  const byTitleYear = new Map<string, RetractionRecord[]>();
  for (const r of records) {
    push(byDoi, r.doi, r);
    push(byPmid, r.pmid, r);
    push(byTitleYear, r.title_key && r.year !== null ? titleYear(r.title_key, r.year) : null, r);
  }
  return { byDoi, byPmid, byTitleYear };
}

/** What a work's entry can be looked up by: the caller asks the graph for these keys only. */
export function retractionKeys(work: Pick<WorkRecord, 'doi' | 'raw' | 'title' | 'year'>) {
  const titleKey = work.title ? keyOf(work.title) : '';
  return {
    doi: work.doi?.toLowerCase() ?? null,
    pmid: pmidInEntry(work.raw),
    titleKey: titleKey || null,
    titleYear: titleKey && work.year !== null ? titleYear(titleKey, work.year) : null,
  };
}

/** Each record that concerns the work, once, by its strongest match. */
export function retractionMatches(
  index: RetractionIndex,
  work: Pick<WorkRecord, 'doi' | 'raw' | 'title' | 'year'>,
): RetractionMatch[] {
  const keys = retractionKeys(work);
  const found = new Map<string, RetractionMatch>();
  const add = (records: RetractionRecord[] | undefined, match: RetractionMatch['match']) => {
    for (const record of records ?? []) {
      if (!found.has(record.record_id)) found.set(record.record_id, { record, match });
    }
  };
  if (keys.doi) add(index.byDoi.get(keys.doi), 'doi');
  if (keys.pmid) add(index.byPmid.get(keys.pmid), 'pmid');
  // Two different DOIs under one title and year are two papers: no "possible" match then.
  const sameTitle = keys.titleYear ? index.byTitleYear.get(keys.titleYear) : undefined;
  add(
    sameTitle?.filter((r) => !(keys.doi && r.doi && r.doi !== keys.doi)),
    'title_year',
  );
  return [...found.values()];
}
