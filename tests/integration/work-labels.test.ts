import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/ingest/parse-article';
import { closeDriver } from '@/lib/neo4j/driver';
import { getArticleGraph } from '@/lib/neo4j/queries/article-graph';
import { writeArticle } from '@/lib/neo4j/write-article';
import { resetTestDatabase } from './support/test-database';

/*
 * How the explorer names a work it has no title for: a listed entry whose title could not be read
 * is still in the reference list; only a number cited and never listed is not.
 */
const text = `Labels of works

Sleep consolidates memory.[1] The archive keeps the raw recordings.[2] Naps help too.[3]

References

[1] Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the New York Academy of Sciences, 1156(1), 168-197.
[2] https://example.org/recordings
`;

describe('work labels in the article graph', () => {
  beforeAll(async () => {
    await resetTestDatabase();
    await writeArticle(parseArticle(text, { slug: 'work-labels' }));
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('names an untitled listed entry by its number alone, and an unlisted number as not in the list', async () => {
    const graph = await getArticleGraph({ slug: 'work-labels' });
    const works = (graph?.nodes ?? []).flatMap((n) =>
      n.type === 'work' ? [[n.number, n.listed, n.label]] : [],
    );
    expect(works.sort()).toEqual([
      [1, true, 'The role of sleep in cognition and emotion'],
      [2, true, 'Reference [2]'],
      [3, false, 'Reference [3] (not in the reference list)'],
    ]);
  });
});
