import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/ingest/parse-article';
import { listArticles } from '@/lib/neo4j/articles';
import { closeDriver } from '@/lib/neo4j/driver';
import { graphCounts } from '@/lib/neo4j/graph-counts';
import { writeArticle } from '@/lib/neo4j/write-article';
import { resetTestDatabase, runCli } from './support/test-database';

const text = (title: string) => `${title}

Studies show that sleep consolidates memory.[1]

References

[1] Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the New York Academy of Sciences, 1156(1), 168-197.
`;

const slugs = async () => (await listArticles({ skip: 0, limit: 100 })).map((a) => a.slug);

describe('npm run remove against a real Neo4j', () => {
  beforeAll(async () => {
    await resetTestDatabase();
    for (const slug of ['first-article', 'second-article', 'kept-article']) {
      await writeArticle(parseArticle(text(slug), { slug }));
    }
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('refuses bad usage with exit 2 and removes nothing', async () => {
    const none = await runCli('scripts/remove.ts');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/missing required argument/);
    const bad = await runCli('scripts/remove.ts', ['first-article', 'Not_A_Slug']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"Not_A_Slug" is not a slug');
    expect(await slugs()).toHaveLength(3);
  });

  it('removes the articles named, reports one that is not there, and exits 1', async () => {
    const { code, stdout, stderr } = await runCli('scripts/remove.ts', [
      'first-article',
      'no-such-article',
      'second-article',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain('removed first-article');
    expect(stdout).toContain('removed second-article');
    expect(stderr).toContain('no article has the slug "no-such-article"');
    expect(await slugs()).toEqual(['kept-article']);
  });

  it('exits 0 when every slug was there, leaving nothing that only those articles used', async () => {
    const { code } = await runCli('scripts/remove.ts', ['kept-article']);
    expect(code).toBe(0);
    const counts = await graphCounts();
    expect(Object.values(counts.nodes).every((n) => n === 0)).toBe(true);
  });
});
