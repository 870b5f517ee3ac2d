import 'server-only';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { checkArticleSize, outOfMemoryError, planBatches, sizeOf } from './article-limits';
import { type ArticleRows, articleRows } from './article-rows';
import { isDatabaseUnavailable } from './connect';
import { databaseName, getDriver } from './driver';
import { isOutOfMemory } from './error-kinds';
import { type StepTiming, writeRows } from './write-rows';

/*
 * Loading many articles: several per write transaction, so round trips and commits are paid per
 * batch rather than per article (docs/decisions/008-batched-loader.md), and no more per batch than
 * a transaction can hold (article-limits.ts). A batch is atomic. When one fails, its articles are
 * written again one per transaction, so one bad article holds back none of the others and is
 * itself left as it was (or absent); its error is reported with its slug.
 */

/** Articles per transaction, chosen by measurement on the large bench corpus (decision 008). */
export const DEFAULT_BATCH_SIZE = 50;

export type ArticleOutcome =
  | { ok: true; slug: string; claims: number; works: number }
  | { ok: false; slug: string; error: unknown };

export interface WriteArticlesOptions {
  /** Articles per transaction; 1 writes each alone. */
  batchSize?: number;
  /** Called for each article, in input order, once its transaction has committed or it failed. */
  onArticle?: (outcome: ArticleOutcome) => void;
  onStep?: StepTiming;
}

async function inOneTransaction(rows: readonly ArticleRows[], onStep?: StepTiming): Promise<void> {
  const session = getDriver().session({ database: databaseName() });
  try {
    const t0 = performance.now();
    await session.executeWrite((tx) => writeRows(tx, rows, onStep));
    onStep?.('transaction', performance.now() - t0);
  } finally {
    await session.close();
  }
}

type Prepared = { doc: GraphDocument; rows: ArticleRows } | { doc: GraphDocument; error: unknown };

function prepare(doc: GraphDocument): Prepared {
  try {
    const rows = articleRows(doc);
    checkArticleSize(doc.article.slug, rows);
    return { doc, rows };
  } catch (error) {
    return { doc, error };
  }
}

function* prepared(docs: readonly GraphDocument[]): Generator<Prepared> {
  for (const doc of docs) yield prepare(doc);
}

/** An article's own failure, as the outcome reports it: a lack of memory is named as such. */
const failed = (slug: string, error: unknown): ArticleOutcome => ({
  ok: false,
  slug,
  error: isOutOfMemory(error) ? outOfMemoryError(slug, error as Error) : error,
});

const written = (p: { doc: GraphDocument; rows: ArticleRows }): ArticleOutcome => ({
  ok: true,
  slug: p.doc.article.slug,
  claims: p.rows.claims.length,
  works: p.rows.works.length,
});

/**
 * Writes (or replaces) articles in order, `batchSize` per transaction, with the same result as
 * writing them one by one. Returns one outcome per article. A failure of the database itself (it
 * stopped answering, after the driver's retries) is thrown: it is no article's fault.
 */
export async function writeArticles(
  docs: readonly GraphDocument[],
  options: WriteArticlesOptions = {},
): Promise<ArticleOutcome[]> {
  const size = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const outcomes: ArticleOutcome[] = [];
  const report = (o: ArticleOutcome) => {
    outcomes.push(o);
    options.onArticle?.(o);
  };
  for (const batch of planBatches(prepared(docs), (p) => ('rows' in p ? sizeOf(p.rows) : null), size)) {
    const ready = batch.flatMap((p) => ('rows' in p ? [p] : []));
    let batchError: unknown = null;
    try {
      if (ready.length > 0) await inOneTransaction(ready.map((p) => p.rows), options.onStep);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      batchError = error;
    }
    for (const p of batch) {
      if (!('rows' in p)) report({ ok: false, slug: p.doc.article.slug, error: p.error });
      else if (batchError === null) report(written(p));
      else if (ready.length === 1) report(failed(p.doc.article.slug, batchError));
      else report(await alone(p, options.onStep));
    }
  }
  return outcomes;
}

/** One article of a failed batch, in a transaction of its own. */
async function alone(p: { doc: GraphDocument; rows: ArticleRows }, onStep?: StepTiming): Promise<ArticleOutcome> {
  try {
    await inOneTransaction([p.rows], onStep);
    return written(p);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    return failed(p.doc.article.slug, error);
  }
}
