import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readHtml } from './html';

/**
 * Sphinx pages whose entries start with an initial that docutils read as a lettered list
 * ("D. Ghosh, …" written <ol class="upperalpha" start="4">), and superscripts after a formula
 * left in TeX, which are powers.
 */
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>T</title></head><body><div role="main"><h1>T</h1>${body}</div></body></html>`;

const parse = (html: string) =>
  parseArticleBytes(new TextEncoder().encode(html), { slug: 't', name: 't.html' });

describe('entries whose first initial became a list letter', () => {
  it('reads labelled citations whole, each under its own label', async () => {
    const html = page(`
      <p>The gradient needs the 2-RDM <a class="reference internal" href="#dmrgscf1"><span>[DMRGSCF1]</span></a>.</p>
      <p>DMRG replaces the FCI solver <a class="reference internal" href="#dmrgscf2"><span>[DMRGSCF2]</span></a>.</p>
      <dl class="citation">
      <dt class="label" id="dmrgscf1"><span class="brackets">DMRGSCF1</span></dt>
      <dd><p>P.E.M. Siegbahn and B.O. Roos, <em>Journal of Chemical Physics</em> <strong>74</strong>, 2384-2396 (1981)</p></dd>
      <dt class="label" id="dmrgscf2"><span class="brackets">DMRGSCF2</span></dt>
      <dd><ol class="upperalpha simple" start="4">
      <li><p>Ghosh, J. Hachmann and G.K.-L. Chan, <em>Journal of Chemical Physics</em> <strong>128</strong>, 144117 (2008)</p></li>
      </ol></dd>
      </dl>`);
    expect(readHtml(html).references?.map((r) => r.raw.slice(0, 19))).toEqual([
      '[DMRGSCF1] P.E.M. S',
      '[DMRGSCF2] D. Ghosh',
    ]);
    expect((await parse(html)).claims.map((c) => c.cites)).toEqual([[1], [2]]);
  });

  it('keeps a numbered list whole when one item is a lettered list of one', () => {
    const html = page(`
      <p>The models follow Akcasu [1] and Hammouda [2].</p>
      <p><strong>References</strong></p>
      <ol class="arabic simple">
      <li><p>A Z Akcasu, R Klein and B Hammouda, <em>Macromolecules</em>, 26 (1993) 4136</p></li>
      <li><ol class="upperalpha simple" start="2"><li><p>Hammouda, <em>Advances in Polymer Science</em> 106 (1993) 87</p></li></ol></li>
      </ol>`);
    expect(readHtml(html).references?.map((r) => [r.number, r.raw.slice(0, 11)])).toEqual([
      [1, 'A Z Akcasu,'],
      [2, 'B. Hammouda'],
    ]);
  });

  it('leaves a real lettered list of several items a list', () => {
    const html = page('<ol type="A"><li><p>First option.</p></li><li><p>Second option.</p></li></ol>');
    expect(readHtml(html).blocks.map((b) => b.text)).toEqual(['First option.', 'Second option.']);
  });
});

describe('a superscript after a formula in TeX', () => {
  it('is a power, so the bracketed callouts are the page’s', async () => {
    const html = page(`
      <p>The models follow Akcasu <em>et al.</em> [1] and Hammouda [2].</p>
      <ul><li><p>So the contrast is <span class="math">\\([\\rho_C - \\rho_D]\\)</span><sup>2</sup>.</p></li></ul>
      <p><strong>References</strong></p>
      <ol><li><p>A Z Akcasu, R Klein and B Hammouda, <em>Macromolecules</em>, 26 (1993) 4136</p></li>
      <li><p>B. Hammouda, <em>Advances in Polymer Science</em> 106 (1993) 87</p></li></ol>`);
    const claims = (await parse(html)).claims;
    expect(claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2]]);
  });
});

describe('citeproc entries laid out in columns', () => {
  it('reads the label and the work of each entry as one entry', async () => {
    const html = page(`
      <p>The limits follow Vangel [1] and Hanson [2].</p>
      <h2>References</h2>
      <div id="refs" class="references csl-bib-body">
      <div id="ref-Vangel1994" class="csl-entry">
      <div class="csl-left-margin">[1] </div><div class="csl-right-inline">M. Vangel, “One-Sided Nonparametric Tolerance Limits,” <em>Communications in Statistics</em>, vol. 23, no. 4. pp. 1137–1154, 1994.</div>
      </div>
      <div id="ref-Hanson1964" class="csl-entry">
      <div class="csl-left-margin">[2] </div><div class="csl-right-inline">D. L. Hanson and L. H. Koopmans, “Tolerance Limits,” <em>The Annals of Mathematical Statistics</em>, vol. 35, no. 4. pp. 1561–1570, 1964.</div>
      </div></div>`);
    expect(readHtml(html).references?.map((r) => [r.number, r.raw.slice(0, 12)])).toEqual([
      [1, '[1] M. Vange'],
      [2, '[2] D. L. Ha'],
    ]);
    expect((await parse(html)).claims.map((c) => c.cites)).toEqual([[1, 2]]);
  });
});
