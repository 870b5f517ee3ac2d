import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET, POST } from '@/app/api/articles/route';
import { closeDriver } from '@/lib/neo4j/driver';
import { graphCounts } from '@/lib/neo4j/graph-counts';
import { resetTestDatabase } from './support/test-database';
import { bearer, json, postRequest } from './support/write-requests';

const good = `Sleep and memory

Studies show that sleep consolidates memory.[1] Naps help too.[2]

References

[1] Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the New York Academy of Sciences, 1156(1), 168-197.
[2] Mednick, S. C. (2003). Sleep-dependent learning: a nap is as good as a night. Nature Neuroscience, 6(7), 697-698.
`;

const post = (body: unknown) => POST(postRequest(body, { ...bearer(), ...json }));

describe('POST /api/articles against a real Neo4j', () => {
  beforeAll(async () => {
    await resetTestDatabase();
  });
  afterAll(async () => {
    await closeDriver();
  });

  it.each([
    ['a body that is not JSON', 'not json', 400, /must be JSON/],
    ['a bad slug', { slug: 'Bad Slug', text: good }, 400, /Invalid article/],
    ['an empty text', { slug: 'empty', text: '' }, 400, /Invalid article/],
    ['blank text', { slug: 'blank', text: '   \n  ' }, 422, /empty/],
    ['binary content', { slug: 'binary', text: `abc\u0000def` }, 422, /not text/],
    [
      'a web page with no body',
      {
        slug: 'no-body',
        file: {
          name: 'page.html',
          base64: Buffer.from('<html><head><title>T</title></head></html>').toString('base64'),
        },
      },
      422,
      /empty/,
    ],
    [
      'markers but no reference list',
      { slug: 'no-list', text: 'A claim.[1] Another.[2]' },
      422,
      /no reference list/,
    ],
    [
      'a list but no markers',
      {
        slug: 'no-markers',
        text: 'A claim without markers.\n\nReferences\n\n[1] Doe, J. (2020). A title. A Journal, 1(1), 1-2.',
      },
      422,
      /cites none of it/,
    ],
  ])('refuses %s with a clear error and writes nothing', async (_name, body, status, message) => {
    const before = await graphCounts();
    const response = await post(body);
    expect(response.status).toBe(status);
    const json = await response.json();
    expect(json.error).toMatch(message);
    expect(await graphCounts()).toEqual(before);
  });

  it('says why a web page with no body is empty', async () => {
    const page = Buffer.from('<html><head><title>T</title></head></html>').toString('base64');
    const response = await post({ slug: 'no-body', file: { name: 'page.html', base64: page } });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.issues.map((issue: { message: string }) => issue.message).join(' ')).toMatch(/no <body>/);
  });

  it('loads a good article (201), replaces it on a second post (200), and lists it', async () => {
    const first = await post({ slug: 'sleep-and-memory', text: good });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({
      slug: 'sleep-and-memory',
      claims: 2,
      works: 2,
      replaced: false,
    });
    const counts = await graphCounts();
    const second = await post({ slug: 'sleep-and-memory', text: good });
    expect(second.status).toBe(200);
    expect((await second.json()).replaced).toBe(true);
    expect(await graphCounts()).toEqual(counts);

    const list = await GET(new Request('http://localhost/api/articles'));
    expect(list.status).toBe(200);
    const { articles } = await list.json();
    expect(articles).toEqual([
      { slug: 'sleep-and-memory', title: 'Sleep and memory', claims: 2, references: 2 },
    ]);
  });

  it('rejects a malformed list parameter with the problems listed', async () => {
    const response = await GET(new Request('http://localhost/api/articles?limit=zero'));
    expect(response.status).toBe(400);
    expect((await response.json()).issues[0].path).toBe('limit');
  });
});
