import { afterAll, describe, expect, it } from 'vitest';
import { ArticleParseError } from '@/lib/ingest/errors';
import { parseArticle } from '@/lib/ingest/parse-article';
import { ParseBudgetError, ParsePool } from './parse-pool';

const article = `Sleep and memory

Studies show that sleep consolidates memory.[1] Naps help too.[2]

References

[1] Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the New York Academy of Sciences, 1156(1), 168-197.
[2] Mednick, S. C. (2003). Sleep-dependent learning. Nature Neuroscience, 6(7), 697-698.
`;
/** About 4 MB of real prose: a second or more of parsing, whatever the machine. */
const large = article.replace(
  'References',
  `${'Studies show that naps help. '.repeat(140_000)}\n\nReferences`,
);

describe('ParsePool', () => {
  const pool = new ParsePool(60_000);
  afterAll(() => pool.close());

  it('returns what parseArticle returns, from a worker thread', async () => {
    expect(await pool.parse({ text: article }, { slug: 'sleep' })).toEqual(
      parseArticle(article, { slug: 'sleep' }),
    );
  });

  it('passes ArticleParseError back with its code and problems', async () => {
    const error = await pool.parse({ text: 'A claim.[1]' }, { slug: 'no-list' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleParseError);
    expect((error as ArticleParseError).code).toBe('no_reference_list');
  });

  it('leaves the event loop free while it parses', async () => {
    let ticks = 0;
    const interval = setInterval(() => ticks++, 5);
    const doc = await pool.parse({ text: large }, { slug: 'large' });
    clearInterval(interval);
    expect(doc.claims.length).toBeGreaterThan(100_000);
    expect(ticks).toBeGreaterThan(0);
  }, 60_000);

  it('stops a parse over its budget, and parses the next one with a fresh worker', async () => {
    // Half a second: five times less than the large article takes, five times more than a short one.
    const tight = new ParsePool(500);
    try {
      const error = await tight.parse({ text: large }, { slug: 'large' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ParseBudgetError);
      expect((error as Error).message).toMatch(/too complex to read within the time limit/);
      expect((await tight.parse({ text: article }, { slug: 'after' })).article.slug).toBe('after');
    } finally {
      await tight.close();
    }
  }, 60_000);
});
