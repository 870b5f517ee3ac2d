import { describe, expect, it } from 'vitest';
import { ArticleParseError } from './errors';
import { parseArticle } from './parse-article';
import { readSeed } from './test-support/seed';

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Studies show this.',
  ' [1]',
  '[2, 3]',
  '[4–6]',
  '[1]–[3]',
  '[7][8]',
  ' e.g. ',
  ' Dr. ',
  '“quoted.” ',
  '?',
  '\n',
  '\n\n',
  '\n\nReferences\n\n',
  '\n\n## Notes\n',
  '[1] Smith, J. (2001). Title. Journal, 1(2), 3-4.\n',
  '2. Doe, A. B. (1999). Book. London: Press.\n',
  '  • item ',
  '# Title\n',
  '[sic] ',
  'He said. ',
  '1) ',
  '   continued line',
  '(2004). ',
  '[^9]: note\n',
];

describe('parseArticle on arbitrary input', () => {
  it('either throws an ArticleParseError or returns a consistent document', () => {
    const next = random(20261130);
    let withReferences = 0;
    let refused = 0;
    for (let round = 0; round < 400; round++) {
      const length = 1 + Math.floor(next() * 30);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      let doc: ReturnType<typeof parseArticle>;
      try {
        doc = parseArticle(text, { slug: 'fuzz' });
      } catch (error) {
        expect(error, text).toBeInstanceOf(ArticleParseError);
        refused++;
        continue;
      }
      if (doc.references.length > 0) withReferences++;
      const cited = new Set(doc.claims.flatMap((c) => c.cites));
      const listed = new Set(doc.entries.map((e) => e.number));
      expect(
        doc.references.map((r) => r.number),
        text,
      ).toEqual([...new Set([...cited, ...listed])].sort((a, b) => a - b));
      for (const r of doc.references) {
        expect(r.listed).toBe(listed.has(r.number));
        expect(
          doc.works.some((w) => w.id === r.workId),
          text,
        ).toBe(true);
      }
      for (const c of doc.claims) {
        expect(c.text.trim()).toBe(c.text);
        expect(c.text).not.toBe('');
        for (const m of c.markers) expect(c.text.slice(m.start, m.end)).toBe(m.raw);
      }
      expect(new Set(doc.works.map((w) => w.id)).size).toBe(doc.works.length);
      expect(new Set(doc.authors.map((a) => a.id)).size).toBe(doc.authors.length);
    }
    // The generator exercises both paths, not only one of them.
    expect(withReferences).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });

  it('gives the same document for the same text (ids are stable across runs)', () => {
    expect(parseArticle(readSeed(), { slug: 'a' })).toEqual(parseArticle(readSeed(), { slug: 'a' }));
  });
});
