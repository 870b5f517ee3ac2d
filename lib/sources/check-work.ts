import type { WorkRecord } from '@/lib/ingest/graph-document';
import type { SourceCheck } from '@/lib/schemas/sources';
import { checkQuery } from './check-query';
import type { CrossrefClient } from './crossref-client';
import { toSourceRecord } from './crossref-record';

export type CheckableWork = Pick<WorkRecord, 'id' | 'doi' | 'title' | 'raw'>;

/**
 * Asks Crossref about one work: its DOI, or without one the entry as written (the best item and
 * its score are kept; whether it is confident enough to suggest is the audit's call). Null when
 * there is nothing to ask. Throws CrossrefError when Crossref gives no usable answer: a failed
 * check is not a result, so nothing is stored for it.
 */
export async function checkWork(
  client: CrossrefClient,
  work: CheckableWork,
  now: () => Date = () => new Date(),
): Promise<SourceCheck | null> {
  const query = checkQuery(work);
  if (query === null) return null;
  const base = { work_id: work.id, query };
  if (query.startsWith('doi:')) {
    const result = await client.lookup(query.slice('doi:'.length));
    return result.status === 'found'
      ? {
          ...base,
          checked_at: now().toISOString(),
          outcome: 'found',
          record: toSourceRecord(result.work),
          score: null,
        }
      : { ...base, checked_at: now().toISOString(), outcome: 'not_found', record: null, score: null };
  }
  const [best] = await client.search(query.slice('bibliographic:'.length), 1);
  return best
    ? {
        ...base,
        checked_at: now().toISOString(),
        outcome: 'matched',
        record: toSourceRecord(best),
        score: best.score ?? null,
      }
    : { ...base, checked_at: now().toISOString(), outcome: 'no_match', record: null, score: null };
}

/** Checks several works under the client's limits, reporting each as it ends (a progress bar, a store). */
export async function checkWorks(
  client: CrossrefClient,
  works: readonly CheckableWork[],
  onResult: (work: CheckableWork, outcome: { check: SourceCheck | null } | { error: Error }) => void,
): Promise<void> {
  await Promise.all(
    works.map((work) =>
      checkWork(client, work).then(
        (check) => onResult(work, { check }),
        (error: unknown) => onResult(work, { error: error as Error }),
      ),
    ),
  );
}
