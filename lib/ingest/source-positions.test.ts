import { describe, expect, it } from 'vitest';
import { buildGraphDocument } from './build-graph-document';
import { parseArticleBytes } from './parse-article';
import { readPlainText } from './readers/plain-text';

/*
 * Positions counted by hand on the source below (1-based line and column of each sentence's first
 * character, or of its first word where markup comes first): a wrapped paragraph, a sentence
 * starting mid-line, a link whose target sits between the first words, emphasis, list items.
 */
const SOURCE = [
  '# Sleep', // 1
  '', // 2
  'Intro sentence one.[1] A **second** sentence', // 3: "A" at column 24
  'wraps here.[2]', // 4
  '', // 5
  '- Item [one](https://x.org/one) is listed.[1]', // 6: "Item" at column 3
  '- Two items share **words**. Two items differ.[2]', // 7: the second "Two" at column 30
  '', // 8
  '## References', // 9
  '', // 10
  '[1] Smith, J. (2001). Title one. Journal, 1, 1-2.', // 11: the entry starts at column 1
  '[2] Doe, A. (2002). Title two. Journal, 2, 3-4.', // 12
].join('\r\n');

describe('claim and entry positions in a text source', () => {
  it('puts each sentence on its line and column in the file', async () => {
    const doc = await parseArticleBytes(new TextEncoder().encode(SOURCE), {
      slug: 'sleep',
      name: 'sleep.md',
    });
    expect(doc.claims.map((c) => [c.text, c.line, c.column])).toEqual([
      ['Intro sentence one.[1]', 3, 1],
      ['A second sentence wraps here.[2]', 3, 24],
      ['Item one is listed.[1]', 6, 3],
      ['Two items share words.', 7, 3],
      ['Two items differ.[2]', 7, 30],
    ]);
    expect(doc.entries.map((e) => [e.number, e.line, e.column])).toEqual([
      [1, 11, 1],
      [2, 12, 1],
    ]);
  });

  it('gives no position where the reader has no lines (a binary format)', () => {
    const { sourceLines: _, ...withoutLines } = readPlainText(SOURCE);
    const doc = buildGraphDocument({ ...withoutLines, format: 'docx' }, { slug: 'sleep' });
    expect(doc.claims.every((c) => c.line === undefined && c.column === undefined)).toBe(true);
    expect(doc.entries.every((e) => e.column === undefined)).toBe(true);
  });

  it('keeps the block line, without a column, for a sentence whose words are not in the file', () => {
    const source = readPlainText('Sleep helps.[1]\n\nReferences\n\n[1] Smith, J. (2001). T. J, 1, 1-2.\n');
    const [block] = source.blocks;
    if (!block) throw new Error('no block');
    const doc = buildGraphDocument(
      { ...source, blocks: [{ ...block, text: 'Rewritten entirely.[1]' }] },
      { slug: 'sleep' },
    );
    expect(doc.claims.map((c) => [c.line, c.column])).toEqual([[1, undefined]]);
  });

  it('puts the sentences of an HTML page on its lines, one block or many to a line', async () => {
    const html = [
      '<html><head><title>Sleep</title></head><body><article>', // 1
      '<p>Naps help <em>recall</em>.<sup><a href="#r1">1</a></sup> Naps also', // 2: "Naps" at 4, the second at 61
      'help mood.<sup>2</sup></p><p>Night sleep matters most.<sup>1</sup></p>', // 3: "Night" at 30
      '<h2>References</h2><ol><li id="r1">Smith, J. (2001). Title one. Journal, 1, 1-2.</li>', // 4: at 36
      '<li>Doe, A. (2002). Title two. Journal, 2, 3-4.</li></ol></article></body></html>', // 5: at 5
    ].join('\n');
    const doc = await parseArticleBytes(new TextEncoder().encode(html), {
      slug: 'sleep',
      name: 'sleep.html',
    });
    expect(doc.claims.map((c) => [c.text, c.line, c.column])).toEqual([
      ['Naps help recall.1', 2, 4],
      ['Naps also help mood.2', 2, 61],
      ['Night sleep matters most.1', 3, 30],
    ]);
    expect(doc.entries.map((e) => [e.number, e.line, e.column])).toEqual([
      [1, 4, 36],
      [2, 5, 5],
    ]);
  });
});
