import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import { closeDriver } from '@/lib/neo4j/driver';
import { getArticleGraph } from '@/lib/neo4j/queries/article-graph';
import { getWorkPage } from '@/lib/neo4j/queries/work-page';
import { writeArticle } from '@/lib/neo4j/write-article';
import { resetTestDatabase } from './support/test-database';

/*
 * The work page's read against the seed article. Expectations come from its reference list:
 * [3] Levant, R. F., Hall, R. J., Williams, C. M., & Hasan, N. T. (2009). Gender differences in
 * alexithymia. Psychology of Men & Masculinity, 10(3), 190–203. Cited once, after the sentence
 * naming "restrictive emotionality". [16] is cited but has no entry in the list.
 */

const SLUG = 'emotionally-unavailable-men';
const workNumbered = new Map<number, string>();

beforeAll(async () => {
  await resetTestDatabase();
  await writeArticle(await readArticleFile(`graph/corpus/${SLUG}.txt`));
  const graph = await getArticleGraph({ slug: SLUG });
  for (const n of graph?.nodes ?? [])
    if (n.type === 'work' && n.number !== null) workNumbered.set(n.number, n.id);
});

afterAll(async () => {
  await closeDriver();
});

describe('getWorkPage', () => {
  it('[3] Levant 2009: its fields, the one article and claim citing it, and its exports', async () => {
    const w = await getWorkPage({ id: workNumbered.get(3) ?? '' });
    expect(w?.title).toBe('Gender differences in alexithymia');
    expect(w?.fields).toMatchObject({
      year: 2009,
      container: 'Psychology of Men & Masculinity',
      volume: '10',
      issue: '3',
      // The loader writes page ranges with a plain hyphen, whatever dash the article used.
      pages: '190-203',
    });
    expect(w?.authors.map((a) => a.label)).toHaveLength(4);
    expect(w?.authors[0]?.label).toContain('Levant');
    expect(w?.articles).toEqual([{ slug: SLUG, title: expect.any(String), number: 3, listed: true }]);
    expect(w?.claims).toHaveLength(1);
    expect(w?.claims[0]?.text).toContain('restrictive emotionality');
    expect(w?.claims[0]?.status).toBe('backed');
    expect(w?.concepts.map((c) => c.label)).toContain('Alexithymia');
    expect(w?.exports?.bibtex).toContain('volume = {10}');
    expect(w?.exports?.ris).toMatch(/^VL {2}- 10$/m);
  });

  it('[16] is cited but unlisted: no fields, nothing to export', async () => {
    const w = await getWorkPage({ id: workNumbered.get(16) ?? '' });
    expect(w?.articles).toEqual([{ slug: SLUG, title: expect.any(String), number: 16, listed: false }]);
    expect(w?.title).toBeNull();
    expect(w?.exports).toBeNull();
    expect(w?.claims[0]?.status).toBe('unlisted');
  });

  it('is null for an unknown work', async () => {
    expect(await getWorkPage({ id: 'work:no-such-work' })).toBeNull();
  });
});
