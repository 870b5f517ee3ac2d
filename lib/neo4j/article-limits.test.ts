import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/ingest/parse-article';
import { ArticleTooLargeError, checkArticleSize, planBatches, TRANSACTION_LIMITS } from './article-limits';
import { articleRows } from './article-rows';

const rows = articleRows(
  parseArticle(
    `Small\n\nOne claim.[1] Another.[1]\n\nReferences\n\n[1] Doe, A. (2020). A title. A Journal, 1, 1-2.\n`,
    { slug: 'small' },
  ),
);
const sized = (claims: number, links = 0) => ({ claims, links });

describe('checkArticleSize', () => {
  it('accepts an article within the limits', () => {
    expect(() => checkArticleSize('small', rows)).not.toThrow();
  });

  it('refuses one over either limit, naming both counts and the limits', () => {
    const claims = Array.from({ length: TRANSACTION_LIMITS.claims + 1 }, () => rows.claims[0]);
    const tooMany = { ...rows, claims } as typeof rows;
    expect(() => checkArticleSize('big', tooMany)).toThrow(ArticleTooLargeError);
    expect(() => checkArticleSize('big', tooMany)).toThrow(/25,001 claims .* at most 25,000 claims/);
    const cites = Array.from({ length: TRANSACTION_LIMITS.links + 1 }, () => rows.cites[0]);
    expect(() => checkArticleSize('big', { ...rows, cites } as typeof rows)).toThrow(/75,000 citations/);
  });
});

describe('planBatches', () => {
  const plan = (sizes: ({ claims: number; links: number } | null)[], max: number) =>
    [...planBatches(sizes, (s) => s, max)].map((b) => b.length);

  it('cuts by count when the articles are small', () => {
    expect(plan([sized(60), sized(60), sized(60), sized(60), sized(60)], 2)).toEqual([2, 2, 1]);
  });

  it('closes a batch before it would pass the claims or links limit', () => {
    expect(plan([sized(20_000), sized(4_000), sized(2_000), sized(10)], 50)).toEqual([2, 2]);
    expect(plan([sized(10, 70_000), sized(10, 6_000)], 50)).toEqual([1, 1]);
  });

  it('gives an article over the limits a batch of its own, and counts unwritable ones as empty', () => {
    expect(plan([sized(10), sized(30_000), sized(10), null, sized(10)], 50)).toEqual([1, 1, 3]);
  });
});
