import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';

/**
 * Lists written as paragraphs under a "References:" label, as documentation builders write them:
 * with lead-in lines that group the entries, or run into the label's own paragraph.
 */
const parse = (text: string, name: string) =>
  parseArticleBytes(new TextEncoder().encode(text), { name, slug: 'paragraph-lists' });

describe('a list of paragraphs with lead-in lines between its groups', () => {
  const html = `<html><body><div>
<p>This package implements the construction of the complex [1]. It is applied to new varieties in [3, 4].</p>
<p><b>References:</b></p>
<p>For the complex see:</p>
<p>[1] <i>A. Kustin and M. Miller, Constructing big Gorenstein ideals from small ones, J. Algebra 85 (1983), 303-322</i>.</p>
<p>[2] <i>S. Papadakis, Kustin-Miller unprojection with complexes, J. Algebraic Geometry 13 (2004) 249-268</i>.</p>
<p>For constructing new varieties see for example:</p>
<p>[3] <i>J. Neves and S. Papadakis, A construction of numerical Campedelli surfaces, Trans. Amer. Math. Soc. 361 (2009), 4999-5021</i>.</p>
<p>[4] <i>J. Neves and S. Papadakis, Parallel Kustin-Miller unprojection, preprint, 2009, 23 pp</i>.</p>
<p><b>Examples:</b></p>
<p>Cyclic Polytopes -- minimal resolutions of boundary complexes.</p>
</div></body></html>`;

  it('reads every entry, the lead-ins as neither entries nor the list’s end', async () => {
    const parsed = await parse(html, 'kustin.html');
    expect(parsed.entries.map((e) => e.number)).toEqual([1, 2, 3, 4]);
    expect(parsed.entries.map((e) => e.raw).join(' ')).not.toContain('see for example');
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [3, 4]]);
    expect(parsed.claims.map((c) => c.text)).toContain(
      'Cyclic Polytopes -- minimal resolutions of boundary complexes.',
    );
  });
});

describe('a whole list run into the paragraph of its label', () => {
  const list =
    'References: \\break [1] Martin Helmer and Bernd Sturmfels. "Nearest points on toric varieties." Mathematica Scandinavica 122, no. 2 (2018): 213-238. See [3] there.\\break [2] Martin Helmer and Bernt Ivar Utstol Nodland. "Polar degrees and closest points in codimension two." Journal of Algebra and Its Applications (2017): 1950095.';

  it('cuts the entries at labels that run 1, 2, … in HTML, not at a number cited inside one', async () => {
    const html = `<html><body><div><p>The package uses the algorithms described in [1] and [2].</p><p>${list}</p></div></body></html>`;
    const parsed = await parse(html, 'toric.html');
    expect(parsed.entries.map((e) => [e.number, e.raw.slice(0, 20)])).toEqual([
      [1, '[1] Martin Helmer an'],
      [2, '[2] Martin Helmer an'],
    ]);
    expect(parsed.entries[0]?.raw).toContain('See [3] there.');
    expect(parsed.entries[0]?.raw).not.toContain('\\break');
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2]]);
  });

  it('does so on one line of plain text', async () => {
    const text = `The package uses the algorithms described in [1] and [2].\n\n${list.replace(' \\break', '')}\n`;
    const parsed = await parse(text, 'toric.txt');
    expect(parsed.entries.map((e) => e.number)).toEqual([1, 2]);
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2]]);
  });
});
