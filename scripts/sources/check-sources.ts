import { saveSourceChecks, worksToCheck } from '@/lib/neo4j/source-checks';
import type { SourceCheck } from '@/lib/schemas/sources';
import type { CheckableWork } from '@/lib/sources/check-work';
import { checkWorks } from '@/lib/sources/check-work';
import type { CrossrefClient } from '@/lib/sources/crossref-client';

export interface CheckSourcesOptions {
  client: CrossrefClient;
  slug?: string;
  all?: boolean;
  /** A check younger than this is kept; 0 with `force` checks everything again. */
  maxAgeDays: number;
  force?: boolean;
  /** Checks stored per transaction: what an interruption can lose at most. */
  saveEvery?: number;
  onStart?: (due: number) => void;
  onResult?: (work: CheckableWork, error: Error | null) => void;
}

export interface CheckSourcesResult {
  due: number;
  fresh: number;
  unaskable: number;
  saved: SourceCheck['outcome'][];
  failed: { work: CheckableWork; error: Error }[];
}

/**
 * `npm run check-sources` without its terminal: the works due (never checked, too old, or checked
 * for another entry), checked under the client's limits, and stored a few at a time as they come,
 * so an interrupted run keeps what it got and the next run picks up the rest.
 */
export async function checkSources(options: CheckSourcesOptions): Promise<CheckSourcesResult> {
  const checkedBefore = options.force
    ? '9999-12-31T00:00:00.000Z'
    : new Date(Date.now() - options.maxAgeDays * 86_400_000).toISOString();
  const { due, fresh, unaskable } = await worksToCheck({
    slug: options.slug,
    all: options.all,
    checkedBefore,
  });
  options.onStart?.(due.length);
  const result: CheckSourcesResult = { due: due.length, fresh, unaskable, saved: [], failed: [] };
  const saveEvery = options.saveEvery ?? 25;
  const pending: SourceCheck[] = [];
  // Saves run one after another, so a batch is never written twice or out of order.
  let saving: Promise<void> = Promise.resolve();
  const save = () => {
    const batch = pending.splice(0);
    if (batch.length === 0) return;
    saving = saving.then(async () => {
      await saveSourceChecks(batch);
      result.saved.push(...batch.map((c) => c.outcome));
    });
  };
  await checkWorks(options.client, due, (work, outcome) => {
    const error = 'error' in outcome ? outcome.error : null;
    if ('error' in outcome) result.failed.push({ work, error: outcome.error });
    else if (outcome.check) pending.push(outcome.check);
    if (pending.length >= saveEvery) save();
    options.onResult?.(work, error);
  });
  save();
  await saving;
  return result;
}
