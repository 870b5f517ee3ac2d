import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';

/**
 * A page whose callouts are links (the reader marks them) may still type one out as plain text:
 * it cites a listed work all the same, unless a marked callout right after it gives the number.
 */
const parse = (body: string) =>
  parseArticleBytes(
    new TextEncoder().encode(
      `<!DOCTYPE html><html><head><title>T</title></head><body><article><h1>T</h1>${body}</article></body></html>`,
    ),
    { slug: 't', name: 't.html' },
  );

const list = `<h2>References</h2><ol>
  <li id="ref-1">Cock, P. J., Antao, T., &amp; Chang, J. T. (2009). Biopython. Bioinformatics, 25, 1422.</li>
  <li id="ref-2">Sibson, R. (1973). SLINK: an optimally efficient algorithm. Comput J, 16, 30.</li>
  <li id="ref-3">Lee, K. (2020). Three. J, 5, 6.</li></ol>`;

describe('author–date callouts typed out beside linked ones', () => {
  it('cites the listed work a typed-out callout names, with initials before the family name', async () => {
    const graph = await parse(`
      <p>Clustering follows <a href="#ref-3">Lee, 2020</a>. It is based on SLINK (R. Sibson, 1973), which is fast.</p>
      ${list}`);
    expect(graph.claims.map((c) => c.cites)).toEqual([[3], [2]]);
  });

  it('lets a marked callout directly after a typed-out one decide the number', async () => {
    const graph = await parse(`
      <p>The library is described by Cock et al. (2009) <a href="#ref-3">[3]</a>.</p>
      ${list}`);
    expect(graph.claims.map((c) => c.cites)).toEqual([[3]]);
    const linkOnTheNumber = await parse(`
      <p>The library is described by Cock et al. (2009) [<a href="#ref-3">3</a>].</p>
      ${list}`);
    expect(linkOnTheNumber.claims.map((c) => c.cites)).toEqual([[3]]);
  });

  it('reads no typed-out callout of a work the list does not hold', async () => {
    const graph = await parse(`
      <p>Clustering follows <a href="#ref-3">Lee, 2020</a>. Others used a tree (Ward, 1963).</p>
      ${list}`);
    expect(graph.claims.map((c) => c.cites)).toEqual([[3], []]);
  });
});
