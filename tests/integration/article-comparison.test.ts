import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as LOAD } from '@/app/api/articles/route';
import { POST as COMPARE } from '@/app/api/compare/route';
import { closeDriver } from '@/lib/neo4j/driver';
import { graphCounts } from '@/lib/neo4j/graph-counts';
import { articleComparisonSchema } from '@/lib/schemas/draft-comparison';
import { resetTestDatabase } from './support/test-database';
import { bearer, json, ORIGIN } from './support/write-requests';

/*
 * The loaded sleep-old draft against sleep-new, sent as the browser sends it. What changed between
 * the two is worked out by hand in lib/audit/compare-drafts.test.ts; here it must come out the same
 * when the old draft is the article read back from Neo4j.
 */
const draft = (name: string) => readFileSync(`tests/fixtures/drafts/${name}.valid.md`, 'utf8');
const file = (name: string, content: string | Uint8Array) => ({
  name,
  base64: Buffer.from(content).toString('base64'),
});
const post = (path: string, body: unknown, headers: Record<string, string> = { ...bearer(), ...json }) =>
  new Request(`${ORIGIN}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
const compare = (body: unknown, headers?: Record<string, string>) =>
  COMPARE(post('/api/compare', body, headers));

describe('POST /api/compare against a real Neo4j', () => {
  beforeAll(async () => {
    await resetTestDatabase();
    const loaded = await LOAD(
      post('/api/articles', { slug: 'sleep', file: file('sleep.md', draft('sleep-old')) }),
    );
    expect(loaded.status).toBe(201);
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('says what changed from the loaded article to the new version, and writes nothing', async () => {
    const before = await graphCounts();
    const response = await compare({ slug: 'sleep', file: file('sleep-new.md', draft('sleep-new')) });
    expect(response.status).toBe(200);
    const { slug, format, comparison: diff } = articleComparisonSchema.parse(await response.json());
    expect(await graphCounts()).toEqual(before);
    expect([slug, format]).toEqual(['sleep', 'markdown']);

    const texts = (xs: { text: string }[]) => xs.map((x) => x.text);
    expect(texts(diff.claims.added)).toEqual(['Screens before bed delay sleep.[4]']);
    expect(texts(diff.claims.removed)).toEqual(['Caffeine masks fatigue but not its costs.[3]']);
    expect(diff.claims.reworded.map((r) => [r.old.text, r.new.text, r.similarity])).toEqual([
      [
        'Athletes who sleep longer sprint faster.[2]',
        'Athletes who sleep longer sprint much faster.[1]',
        0.86,
      ],
    ]);
    expect(diff.claims.unchanged).toBe(2);
    // Walker moved from [1] to [2] and Mah from [2] to [1]: no change. Naps gained Dhand and Sohal.
    expect(diff.claims.citations_changed.map((c) => [c.new.text, c.gained, c.lost])).toEqual([
      ['Naps help everyone.[3]', [3], []],
    ]);
    expect(diff.references.added.map((r) => r.raw?.slice(0, 14))).toEqual([
      '[3] Dhand, R.,',
      '[4] Chang, A. ',
    ]);
    expect(diff.references.removed.map((r) => r.raw?.slice(0, 14))).toEqual(['[3] Smith, A. ']);
    expect(diff.coverage).toEqual({
      before: { claims: 4, backed: 3, coverage: 0.75 },
      after: { claims: 4, backed: 4, coverage: 1 },
    });
  });

  it('takes pasted text like a file, and finds nothing changed in the loaded version itself', async () => {
    const response = await compare({ slug: 'sleep', text: draft('sleep-old') });
    expect(response.status).toBe(200);
    const { comparison } = articleComparisonSchema.parse(await response.json());
    expect(comparison.claims).toMatchObject({
      added: [],
      removed: [],
      reworded: [],
      citations_changed: [],
      unchanged: 4,
    });
    expect(comparison.references).toEqual({ added: [], removed: [] });
  });

  it('answers 404 for a slug that names no loaded article', async () => {
    const response = await compare({ slug: 'no-such-article', text: draft('sleep-new') });
    expect(response.status).toBe(404);
    expect((await response.json()).error).toMatch(/no-such-article/);
  });

  it("gives the reader's refusal: a PDF (415, with the formats read), XML that is not JATS (400)", async () => {
    const before = await graphCounts();
    const pdf = await compare({ slug: 'sleep', file: file('sleep.pdf', '%PDF-1.7\n%binary\n') });
    expect(pdf.status).toBe(415);
    expect((await pdf.json()).issues[0].message).toMatch(/Markdown \(\.md\)/);
    const xml = await compare({
      slug: 'sleep',
      file: file('sleep.xml', '<article><body><p>Unclosed</body>'),
    });
    expect(xml.status).toBe(400);
    expect((await xml.json()).issues.length).toBeGreaterThan(0);
    expect(await graphCounts()).toEqual(before);
  });

  it('needs the write token like a preview, and refuses a body that is not an article request', async () => {
    expect((await compare({ slug: 'sleep', text: draft('sleep-new') }, json)).status).toBe(401);
    const bad = await compare({ slug: 'Not A Slug', text: '' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues.map((i: { path: string }) => i.path)).toContain('slug');
  });
});
