import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readHtml } from './html';

const entries = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<li id="ref-${i + 1}">Author${i + 1} A (2001) Title ${i + 1}. J 1: 2.</li>`,
  );
const page = (paragraph: string, listed = 8) =>
  `<!DOCTYPE html><html><body><main><article><h1>Sleep</h1><p>${paragraph}</p>` +
  `<section id="references"><h2>References</h2><ol>${entries(listed).join('')}</ol></section></article></main></body></html>`;

/** The first paragraph's callouts as written, with the numbers each names. */
const callouts = (html: string) => {
  const block = readHtml(html).blocks[0];
  return (block?.citations ?? []).map((c) => [block?.text.slice(c.start, c.end), c.targets]);
};

describe('ranges written as two linked callouts', () => {
  it('reads [2]–[4] with the brackets inside each link (older PLOS pages) as 2 to 4', () => {
    const html = page('Memory <a href="#ref-1">[1]</a>, <a href="#ref-2">[2]</a>–<a href="#ref-4">[4]</a>.');
    expect(callouts(html)).toEqual([
      ['[1]', [1]],
      ['[2]–[4]', [2, 3, 4]],
    ]);
  });

  it('reads [46–48] with the brackets outside the links (newer PLOS pages) as 46 to 48', () => {
    const html = page(
      'Latency [<a href="#ref-46">46</a>–<a href="#ref-48">48</a>] and [<a href="#ref-1">1</a>, <a href="#ref-3">3</a>].',
      50,
    );
    expect(callouts(html)).toEqual([
      ['46–48', [46, 47, 48]],
      ['1', [1]],
      ['3', [3]],
    ]);
  });

  it('reads superscript links joined by a dash or a spaced hyphen as ranges', () => {
    const html = page(
      'Memory.<sup><a href="#ref-1">1</a>,<a href="#ref-3">3</a>–<a href="#ref-5">5</a></sup> ' +
        'Naps.<sup><a href="#ref-6">6</a> - <a href="#ref-8">8</a></sup>',
    );
    expect(callouts(html)).toEqual([
      ['1', [1]],
      ['3–5', [3, 4, 5]],
      ['6 - 8', [6, 7, 8]],
    ]);
  });

  it('leaves callouts apart when words or a comma stand between them', () => {
    const html = page(
      'Both <a href="#ref-2">[2]</a> – and <a href="#ref-5">[5]</a>; <a href="#ref-6">[6]</a>, <a href="#ref-8">[8]</a>.',
    );
    expect(callouts(html)).toEqual([
      ['[2]', [2]],
      ['[5]', [5]],
      ['[6]', [6]],
      ['[8]', [8]],
    ]);
  });

  it('keeps the two ends of a range the marker grammar would not expand', () => {
    const html = page('Wide <a href="#ref-2">[2]</a>–<a href="#ref-250">[250]</a>.', 250);
    expect(callouts(html)).toEqual([['[2]–[250]', [2, 250]]]);
  });

  it('leaves author–date links joined by a dash to the entries they point to', () => {
    const html =
      '<main><p>Shown twice (<a href="#bib-ames">Ames, 2001</a>–<a href="#bib-cole">Cole, 2003</a>).</p>' +
      '<h2>References</h2><ul><li id="bib-ames">Ames, J. (2001). One. Cell, 1, 2.</li>' +
      '<li id="bib-bell">Bell, K. (2002). Two. Cell, 3, 4.</li><li id="bib-cole">Cole, M. (2003). Three. Cell, 5, 6.</li></ul></main>';
    expect(callouts(html)).toEqual([
      ['Ames, 2001', [1]],
      ['Cole, 2003', [3]],
    ]);
  });

  it('joins a run of many links, each to the one before, into one callout', () => {
    const run = Array.from({ length: 499 }, (_, i) => `<a href="#ref-${2 * i + 1}">[${2 * i + 1}]</a>`);
    const [callout] = callouts(page(`Many ${run.join('–')}.`));
    expect(callout?.[1]).toEqual(Array.from({ length: 997 }, (_, i) => i + 1));
  });

  it('gives the claim every number of the range through parseArticleBytes', async () => {
    const html = page('Sleep consolidates memory <a href="#ref-2">[2]</a>–<a href="#ref-5">[5]</a>.');
    const doc = await parseArticleBytes(new TextEncoder().encode(html), {
      slug: 'sleep',
      name: 'sleep.html',
    });
    expect(doc.claims.map((c) => c.cites)).toEqual([[2, 3, 4, 5]]);
  });
});
