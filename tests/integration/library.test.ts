import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE } from '@/app/api/articles/[slug]/route';
import { POST } from '@/app/api/articles/route';
import { GET } from '@/app/api/library/route';
import { closeDriver } from '@/lib/neo4j/driver';
import { librarySchema } from '@/lib/schemas/library';
import { resetTestDatabase } from './support/test-database';
import { bearer, deleteRequest, json, ORIGIN, postRequest, slugContext } from './support/write-requests';

/*
 * Three sentences need evidence: one cites a listed entry ([1]), one only a number the list lacks
 * ([3]), one cites nothing. Entry [2] is listed and never cited. So: coverage 1/3, one finding each
 * of uncited, unlisted_only, cited_not_listed and listed_not_cited, and three works ([1]-[3]).
 */
const markdown = `# Sleep and memory

Studies show that sleep consolidates memory [1]. Exercise lowers stress in adults [3]. Caffeine reduces the quality of sleep in most adults.

## References

1. Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the New York Academy of Sciences, 1156(1), 168-197.
2. Mednick, S. C. (2003). Sleep-dependent learning: a nap is as good as a night. Nature Neuroscience, 6(7), 697-698.
`;

const plain = `Naps

Naps help memory.[1]

References

[1] Mednick, S. C. (2003). Sleep-dependent learning: a nap is as good as a night. Nature Neuroscience, 6(7), 697-698.
`;

const post = (body: unknown) => POST(postRequest(body, { ...bearer(), ...json }));
const library = async () => {
  const response = await GET(new Request(`${ORIGIN}/api/library`));
  expect(response.status).toBe(200);
  return librarySchema.parse(await response.json()).articles;
};

describe('GET /api/library against a real Neo4j', () => {
  beforeAll(async () => {
    await resetTestDatabase();
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('is empty when no article is loaded', async () => {
    expect(await library()).toEqual([]);
  });

  it('lists every article with its format, load time and audit figures, by slug', async () => {
    const before = Date.now();
    const file = { name: 'sleep.md', base64: Buffer.from(markdown).toString('base64') };
    expect((await post({ slug: 'sleep', file })).status).toBe(201);
    expect((await post({ slug: 'naps', text: plain })).status).toBe(201);
    const after = Date.now();

    const articles = await library();
    expect(articles.map((a) => a.slug)).toEqual(['naps', 'sleep']);
    const [naps, sleep] = articles;
    expect(sleep).toMatchObject({
      title: 'Sleep and memory',
      format: 'markdown',
      style: 'numeric',
      claims: 3,
      works: 3,
      coverage: 0.3333,
    });
    expect(sleep?.findings).toMatchObject({
      uncited: 1,
      unlisted_only: 1,
      partly_unlisted: 0,
      cited_not_listed: 1,
      listed_not_cited: 1,
    });
    expect(naps).toMatchObject({
      title: 'Naps',
      format: 'text',
      style: 'numeric',
      claims: 1,
      works: 1,
      coverage: 1,
    });
    for (const a of articles) {
      const loaded = Date.parse(a.loadedAt ?? '');
      expect(loaded).toBeGreaterThanOrEqual(before - 1000); // the database's clock, not this one
      expect(loaded).toBeLessThanOrEqual(after + 1000);
    }
  });

  it('drops an article as soon as it is removed', async () => {
    expect((await DELETE(deleteRequest('naps', bearer()), slugContext('naps'))).status).toBe(204);
    expect((await library()).map((a) => a.slug)).toEqual(['sleep']);
  });
});
