import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { isArticleParseError } from '../errors';
import { parseArticleBytes } from '../parse-article';
import { readHtml } from './html';
import { supNumbers } from './html-blocks';

const fixture = (name: string) => readFileSync(`tests/fixtures/formats/${name}`);

describe('readHtml', () => {
  it('reads the <article>: blocks, exact callouts and the list after "References"', () => {
    const doc = readHtml(fixture('article.html').toString('utf8'));
    expect(doc.title).toBe('Sleep & Memory');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Sleep helps memory consolidation in adults.1 It is not the only factor.2,3'],
      ['heading', 'Evidence'],
      ['bullet', 'Naps improve recall in students [3].'],
      ['bullet', 'Deprivation harms attention (Lim & Dinges, 2010).'],
      ['table-header', 'Study | Finding'],
      ['table-row', 'Walker 2009 | Sleep aids recall1'],
    ]);
    const callouts = doc.blocks.map((b) =>
      (b.citations ?? []).map((c) => [b.text.slice(c.start, c.end), c.targets]),
    );
    expect(callouts).toEqual([
      [
        ['1', [1]],
        ['2,3', [2, 3]],
      ],
      [],
      [['[3]', [3]]],
      // A link to an entry's anchor cites that entry by its position in the list.
      [['Lim & Dinges, 2010', [4]]],
      [],
      [['1', [1]]],
    ]);
    expect(doc.referencesHeading).toBe('References');
    expect(doc.references?.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(doc.references?.[3]?.raw).toContain('Lim, J., & Dinges');
  });

  it('gives claims through parseArticleBytes without the script, navigation or footer', async () => {
    const doc = await parseArticleBytes(fixture('article.html'), { slug: 'sleep', name: 'page.html' });
    expect(doc.claims.map((c) => c.cites)).toEqual([[1], [2, 3], [3], [4], [1]]);
    const text = doc.claims.map((c) => c.text).join(' ');
    expect(text).not.toMatch(/Menu|Copyright|document/);
  });

  it('finds the main content with Readability when the page has no <article> or <main>', () => {
    const filler =
      '<p>Sleep research has grown quickly over the last decades, and many groups now study it.</p>'.repeat(
        5,
      );
    const html = `<html><body><div class="menu"><a href="/">Home</a></div><div id="content"><h2>Findings</h2>${filler}<p>Naps help recall.<sup>1</sup></p></div><div id="references"><ol><li>Doe, J. (2000). Naps. Sleep, 1, 2.</li></ol></div></body></html>`;
    const doc = readHtml(html);
    expect(doc.blocks.some((b) => b.text === 'Naps help recall.1')).toBe(true);
  });

  it('reads a page of more elements than Readability scores whole, the slow scoring skipped', () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    const page = (items: number) =>
      `<html><body><div class="menu"><a href="/">Home</a></div><div id="content"><h2>Index</h2><ul>${'<li><a href="#f">fft</a></li>'.repeat(items)}</ul><p>Naps help recall.<sup>1</sup></p></div><div id="references"><ol><li>Doe, J. (2000). Naps. Sleep, 1, 2.</li></ol></div></body></html>`;
    try {
      // Each item is two elements: 1,900 items stay under the bound, 2,100 pass it.
      readHtml(page(1900));
      expect(parse).toHaveBeenCalledTimes(1);
      const doc = readHtml(page(2100));
      expect(parse).toHaveBeenCalledTimes(1);
      expect(doc.blocks.some((b) => b.text === 'Naps help recall.1')).toBe(true);
      expect(doc.references?.map((r) => r.raw)).toEqual(['Doe, J. (2000). Naps. Sleep, 1, 2.']);
    } finally {
      parse.mockRestore();
    }
  });

  it('takes an element with a references id or class as the list, [n] text as callouts for the grammar', () => {
    const html =
      '<main><p>Naps help recall [1].</p><div class="mw-references-wrap"><ol><li>Doe, J. (2000). Naps. Sleep, 1, 2.</li></ol></div></main>';
    const doc = readHtml(html);
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: 'Naps help recall [1].', line: 1 }]);
    // Numbered by its place in the <ol>: the list counts as numbered though the item shows no number.
    expect(doc.references).toEqual([
      { number: 1, raw: 'Doe, J. (2000). Naps. Sleep, 1, 2.', line: 1, column: 75, numberedByText: true },
    ]);
  });

  it("gives blocks and entries the file's lines, not words of tags, entities or scripts", () => {
    const html = [
      '<html><head><title>Naps</title><script>const s = "Naps help recall";</script></head><body>',
      '<nav><a href="#x" title="Naps help recall">Home</a></nav>',
      '<article>',
      '  <h2>Naps</h2>',
      '  <p>Naps help recall <a href="#ref-1">[1]</a>. Short naps',
      '  help &amp; <!-- Naps help recall --> more.</p>',
      '  <ol class="references"><li id="ref-1">Doe, J. (2000). Naps. Sleep, 1, 2.</li>',
      '  <li>Roe, K. (2001). Dozing. Sleep, 2, 3.</li></ol>',
      '</article></body></html>',
    ].join('\n');
    const doc = readHtml(html);
    expect(doc.blocks.map((b) => [b.text.slice(0, 16), b.line])).toEqual([
      ['Naps', 4],
      ['Naps help recall', 5],
    ]);
    expect(doc.references?.map((r) => [r.number, r.line, r.column])).toEqual([
      [1, 7, 41],
      [2, 8, 7],
    ]);
  });

  it('reads a link holding a year alone as a callout of the entry it reaches', () => {
    const doc =
      readHtml(`<main><p>Made (<a href="#ref-1">Wang et al., 1994</a>, <a href="#ref-2">1997</a>; <a href="#ref-3">Lee, 2020</a>).</p>
      <h2>References</h2><ol>
      <li id="ref-1">Wang, A., Tsai, M., & Lee, K. (1994). One. J, 1, 2.</li>
      <li id="ref-2">Wang, A., Tsai, M., & Lee, K. (1997). Two. J, 3, 4.</li>
      <li id="ref-3">Lee, K. (2020). Three. J, 5, 6.</li></ol></main>`);
    const [p] = doc.blocks;
    expect((p?.citations ?? []).map((c) => [p?.text.slice(c.start, c.end), c.targets])).toEqual([
      ['Wang et al., 1994', [1]],
      ['1997', [2]],
      ['Lee, 2020', [3]],
    ]);
  });

  it('reads superscript numbers, ranges and refuses other superscripts', () => {
    expect(supNumbers('1')).toEqual([1]);
    expect(supNumbers('[2, 4–6]')).toEqual([2, 4, 5, 6]);
    expect(supNumbers('th')).toBeNull();
    expect(supNumbers('2a')).toBeNull();
  });

  const list = '<h2>References</h2><ol><li>Doe, J. (2000). T. J, 1, 2.</li></ol>';

  it('reads a page nested 900 deep, and one with a 1 MB attribute', () => {
    const deep = `<main>${'<div><span>'.repeat(450)}Deep claim.<sup>1</sup>${'</span></div>'.repeat(450)}${list}</main>`;
    const doc = readHtml(deep);
    expect(doc.blocks[0]?.text).toBe('Deep claim.1');
    expect(doc.references).toHaveLength(1);
    const wide = `<main><p title="${'x'.repeat(1024 * 1024)}" data-x="${'references '.repeat(1000)}">Wide claim.<sup>1</sup></p>${list}</main>`;
    expect(readHtml(wide).blocks[0]?.citations).toEqual([{ start: 11, end: 12, targets: [1] }]);
  });

  it('refuses a page nested 100,000 deep as malformed before parsing it', () => {
    const deep = `<main>${'<div><span>'.repeat(50000)}Deep claim.<sup>1</sup>${'</span></div>'.repeat(50000)}${list}</main>`;
    expect(() => readHtml(deep)).toThrow(expect.objectContaining({ code: 'malformed' }));
    // Unclosed paragraphs and list items, as old pages write them, do not count as depth.
    expect(readHtml(`<main>${'<p>Claim.<sup>1</sup>'.repeat(3000)}${list}</main>`).blocks).toHaveLength(3000);
  });
});

describe('a web page with nothing to read', () => {
  it.each([
    ['no body', '<html><head><title>T</title></head></html>'],
    ['an empty body', '<!DOCTYPE html><html><head><title>T</title></head><body> </body></html>'],
    ['only empty elements', '<div><p></p></div>'],
  ])('is refused (%s) with a clear error, not read as an article of nothing', (_name, html) => {
    expect(() => readHtml(html)).toThrow(/no text/);
    try {
      readHtml(html);
    } catch (error) {
      expect(isArticleParseError(error) && error.code).toBe('empty');
    }
  });
});
