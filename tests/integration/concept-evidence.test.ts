import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import { conceptId } from '@/lib/ingest/identities';
import { closeDriver } from '@/lib/neo4j/driver';
import { getConceptEvidence } from '@/lib/neo4j/queries/concept-evidence';
import { writeArticle } from '@/lib/neo4j/write-article';
import type { ConceptEvidence } from '@/lib/schemas/concept-evidence';
import { resetTestDatabase } from './support/test-database';

/*
 * The concept page's read against a real Neo4j holding the seed article. The expectations come
 * from reading graph/corpus/emotionally-unavailable-men.txt and its concept vocabulary.
 */

const SLUG = 'emotionally-unavailable-men';

beforeAll(async () => {
  await resetTestDatabase();
  await writeArticle(await readArticleFile(`graph/corpus/${SLUG}.txt`));
});

afterAll(async () => {
  await closeDriver();
});

async function evidence(id: string): Promise<ConceptEvidence> {
  const e = await getConceptEvidence({ id: conceptId(id) });
  if (!e) throw new Error(`no concept ${id}`);
  return e;
}
const workBy = (e: ConceptEvidence, family: string, year: number) =>
  e.works.find((w) => w.year === year && w.authors[0]?.label.includes(family));

describe('getConceptEvidence', () => {
  it('Alexithymia: no sentence names it, but [3] "Gender differences in alexithymia" (2009) is about it', async () => {
    const e = await evidence('alexithymia');
    expect(e.label).toBe('Alexithymia');
    expect(e.claims).toEqual([]);
    expect(e.coverage).toBeNull();
    expect(e.articles).toEqual([]);
    const levant = workBy(e, 'Levant', 2009);
    expect(levant).toMatchObject({
      title: 'Gender differences in alexithymia',
      about: true,
      citingClaims: 0,
    });
    expect(levant?.authors).toHaveLength(4);
    expect(levant?.venue?.label).toBe('Psychology of Men & Masculinity');
    expect(e.years).toContainEqual({ year: 2009, works: e.works.filter((w) => w.year === 2009).length });
    expect(e.topVenues.map((v) => v.label)).toContain('Psychology of Men & Masculinity');
  });

  it('Boy code: the sentence citing [4] and [5] is backed, and Pollack 2006 and Reigeluth 2016 back it', async () => {
    const e = await evidence('boy-code');
    const cited = e.claims.find((c) => c.text.includes('strict “boy code”'));
    expect(cited?.status).toBe('backed');
    expect(workBy(e, 'Pollack', 2006)?.citingClaims).toBeGreaterThanOrEqual(1);
    expect(workBy(e, 'Reigeluth', 2016)?.citingClaims).toBeGreaterThanOrEqual(1);
    expect(e.years.map((y) => y.year)).toEqual(expect.arrayContaining([2006, 2016]));
    // Years run oldest first.
    expect(e.years.map((y) => y.year)).toEqual([...e.years.map((y) => y.year)].sort((a, b) => a - b));
    expect(e.articles).toEqual([{ slug: SLUG, title: expect.any(String), claims: e.claims.length }]);
  });

  it('Narcissistic personality disorder: the [16] sentence cites an unlisted number; that work has no year', async () => {
    const e = await evidence('narcissistic-personality-disorder');
    const npd = e.claims.find((c) => c.text.startsWith('Narcissistic Personality Disorder is characterized'));
    expect(npd?.status).toBe('unlisted');
    // "If you criticize a narcissistic man …" cites nothing.
    expect(e.claims.find((c) => c.text.startsWith('If you criticize a narcissistic man'))?.status).toBe(
      'uncited',
    );
    expect(e.counts.unlisted).toBeGreaterThanOrEqual(1);
    expect(e.counts.uncited).toBeGreaterThanOrEqual(1);
    expect(e.counts.backed).toBe(0);
    expect(e.coverage).toBe(0);
    expect(e.undated).toBeGreaterThanOrEqual(1);
    const total = e.counts.backed + e.counts.unlisted + e.counts.uncited + e.counts.exempt;
    expect(total).toBe(e.claims.length);
  });

  it('is null for an unknown concept', async () => {
    expect(await getConceptEvidence({ id: 'no-such-concept' })).toBeNull();
  });
});
