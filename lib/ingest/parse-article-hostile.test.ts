import { describe, expect, it } from 'vitest';
import { auditArticle } from '@/lib/audit/audit-article';
import { isArticleParseError } from './errors';
import { parseArticle, parseArticleBytes } from './parse-article';
import { hostileArticles } from './test-support/hostile-articles';

/*
 * Text built to make the old regular expressions backtrack, or overflow the regex engine's stack
 * (a RangeError: 5 MB of "*" or of "[1]-"), now parses at full size. No timing is
 * asserted (the ReDoS check in scripts/redos proves the patterns; npm run bench:hostile times the
 * parse): the old code took minutes on these inputs, so a regression shows as a test that never
 * ends, and each test checks what the parse found, so it cannot pass by doing nothing.
 */
const parse = (text: string) => {
  try {
    return parseArticle(text, { slug: 'hostile' });
  } catch (error) {
    if (isArticleParseError(error)) return error.code;
    throw error;
  }
};

describe('parseArticle on hostile input', () => {
  it('reads the "[" run around one marker at n = 8,000 as one cited claim', () => {
    const text = `Studies show this. ${'['.repeat(8000)}1${']'.repeat(8000)}\n\nReferences\n\n[1] Walker, M. P. (2009). Sleep. Annals, 1(1), 1-2.\n`;
    const doc = parseArticle(text, { slug: 'brackets' });
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]?.cites).toEqual([1]);
    expect(auditArticle(doc).summary.backed).toBe(1);
  });

  it.each(hostileArticles(64 * 1024).map((a) => [a.name, a.text] as const))(
    'parses "%s" at 64 KB',
    (_name, text) => {
      const doc = parse(text);
      if (typeof doc === 'string') throw new Error(`refused: ${doc}`);
      expect(doc.claims.length).toBeGreaterThan(0);
      expect(doc.entries.length).toBe(1);
      auditArticle(doc);
    },
  );

  it.each([
    ['a', 'a'],
    ['[', '['],
    ['(', '('],
    ['*', '*'],
    ['_', '_'],
    [' ', ' '],
    ['1', '1'],
    ['-', '-'],
    ['.', '.'],
    ['[1]-', '[1]-'],
  ])(
    'takes 5 MB of "%s" to a document or a clear refusal',
    (_name, unit) => {
      const run = unit.repeat(Math.floor((5 * 1024 * 1024 - 200) / unit.length));
      const result = parse(`${run}\n\n[1] Doe, J. (2000). T. J, 1, 2.\n`);
      // Either a document, or an ArticleParseError code (no markers, empty): never a hang or a crash.
      expect(typeof result === 'string' ? result : 'document').toMatch(
        /^(document|no_markers|empty|too_large)$/,
      );
    },
    60_000,
  );

  it('takes an HTML page nested 100,000 deep to a refusal and one with a 4 MB attribute to a document', async () => {
    const bytes = (html: string) => new TextEncoder().encode(html);
    const list = '<h2>References</h2><ol><li>Doe, J. (2000). T. J, 1, 2.</li></ol>';
    const deep = `<html><body>${'<b><i>'.repeat(50000)}Claim.<sup>1</sup>${list}</body></html>`;
    await expect(parseArticleBytes(bytes(deep), { slug: 'deep', name: 'deep.html' })).rejects.toMatchObject({
      code: 'malformed',
    });
    const wide = `<html><body><main><p title="${'"&lt;['.repeat(700_000)}">Claim.<sup>1</sup></p>${list}</main></body></html>`;
    const doc = await parseArticleBytes(bytes(wide), { slug: 'wide', name: 'wide.html' });
    expect(doc.claims.map((c) => c.cites)).toEqual([[1]]);
  });
});
