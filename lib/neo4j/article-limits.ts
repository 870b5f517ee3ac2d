import type { ArticleRows } from './article-rows';

/*
 * How much one write transaction may hold (docs/decisions/012-large-articles.md). Neo4j keeps a
 * transaction's changes on its heap until the commit, which needs about as much again, and refuses
 * the transaction when all running ones together pass dbms.memory.transaction.total.max (70 % of
 * the heap: 716.8 MiB for the local server's 1 GiB). Replacing an article at both limits peaked at
 * 567 MiB there; one of 36,297 claims failed. Claims and links, not bytes, are what cost memory: a
 * text of short sentences has many more claims per megabyte than prose.
 */
export const TRANSACTION_LIMITS = {
  /** Claims (sentences). */
  claims: 25_000,
  /** Citations (one per number of a marker) and concept mentions. */
  links: 75_000,
} as const;

export type Size = { claims: number; links: number };

export const sizeOf = (rows: ArticleRows): Size => ({
  claims: rows.claims.length,
  links: rows.cites.length + rows.mentions.length,
});

const fits = (s: Size) => s.claims <= TRANSACTION_LIMITS.claims && s.links <= TRANSACTION_LIMITS.links;

/** An article the database cannot load in one transaction: it is left as it was. */
export class ArticleTooLargeError extends Error {
  constructor(
    readonly slug: string,
    message: string,
  ) {
    super(message);
    this.name = 'ArticleTooLargeError';
  }
}

const count = (n: number) => n.toLocaleString('en-US');

/** Throws ArticleTooLargeError for an article over the limits, before anything is written. */
export function checkArticleSize(slug: string, rows: ArticleRows): void {
  const size = sizeOf(rows);
  if (fits(size)) return;
  throw new ArticleTooLargeError(
    slug,
    `The article is too large to load: ${count(size.claims)} claims and ${count(size.links)} citations ` +
      `and concept mentions; one article may have at most ${count(TRANSACTION_LIMITS.claims)} claims and ` +
      `${count(TRANSACTION_LIMITS.links)} citations and mentions. Split it into several articles.`,
  );
}

/**
 * The error for a write that Neo4j refused for lack of transaction memory: it names that cause and
 * keeps Neo4j's own words (the limit and what was in use).
 */
export function outOfMemoryError(slug: string, cause: Error): ArticleTooLargeError {
  return new ArticleTooLargeError(
    slug,
    `Neo4j did not have the memory to load the article in one transaction (${cause.message.trim()}). ` +
      'It is too large for this server, or other loads were using its transaction memory at the same ' +
      'time; the local server has more with a larger NEO4J_HEAP_MB.',
  );
}

/**
 * Cuts items into consecutive batches of at most `maxCount`, each also within TRANSACTION_LIMITS
 * (an item alone over them, which the loader refuses, makes a batch of its own). `size` is null
 * for items that write nothing. Lazy, so a long run holds one batch of rows at a time.
 */
export function* planBatches<T>(
  items: Iterable<T>,
  size: (item: T) => Size | null,
  maxCount: number,
): Generator<T[]> {
  let batch: T[] = [];
  let used: Size = { claims: 0, links: 0 };
  for (const item of items) {
    const s = size(item) ?? { claims: 0, links: 0 };
    const next = { claims: used.claims + s.claims, links: used.links + s.links };
    if (batch.length > 0 && (batch.length >= maxCount || !fits(next))) {
      yield batch;
      batch = [];
      used = s;
    } else {
      used = next;
    }
    batch.push(item);
  }
  if (batch.length > 0) yield batch;
}
