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

describe('prose under a list heading, and docutils lists with no heading', () => {
  it('keeps paragraphs of prose before the first entry as the section’s text', async () => {
    const html = `<html><body><h1>DESCRIPTION</h1><p>Computes w(z).</p>
<h1>REFERENCES</h1>
<p>To compute w(z), a combination of two algorithms is used:</p>
<p>For large |z|, a continued fraction as described by Gautschi (1970).</p>
<p>Walter Gautschi, &quot;Efficient computation of the complex error function,&quot; SIAM J. Numer. Anal. 7, 187 (1970).</p>
<p>G. P. M. Poppe and C. M. J. Wijers, &quot;More efficient computation of the complex error function,&quot; ACM Trans. Math. Soft. 16, 38 (1990).</p>
</body></html>`;
    const parsed = await parse(html, 'w_of_z.html');
    expect(parsed.entries.map((e) => e.raw.slice(0, 14))).toEqual(['Walter Gautsch', 'G. P. M. Poppe']);
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1]]);
  });

  it('reads docutils’ <div class="citation-list"> as the list, headed or not', async () => {
    const html = `<html><body><main><h1>Antenna</h1>
<p>The model follows <a class="reference internal" href="#balanis" id="id1"><span>[Balanis]</span></a> closely.</p>
<div role="list" class="citation-list">
<div class="citation" id="balanis" role="doc-biblioentry">
<span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" href="#id1">Balanis</a><span class="fn-bracket">]</span></span>
<p>C.A. Balanis, “Antenna Theory - Analysis and Design”, Wiley, 2nd Ed.</p>
</div>
</div></main></body></html>`;
    const parsed = await parse(html, 'antenna.html');
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1]]);
  });

  it('reads reStructuredText footnotes as a numbered list in plain text', async () => {
    const text =
      'The vehicles are described in [1]_ and [2]_.\n\nReferences\n==========\n\n.. [1] BINGHAM, D.; DRAKE, T. The Application of Autonomous Underwater Vehicle Technology, 2002.\n.. [2] AUVfest2008: Underwater mines; URL: http://oceanexplorer.noaa.gov/\n';
    const parsed = await parse(text, 'uan.txt');
    expect(parsed.entries.map((e) => e.raw.slice(0, 12))).toEqual(['[1] BINGHAM,', '[2] AUVfest2']);
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2]]);
  });
});

describe('a list in groups, each <ul> under a short title paragraph, cited by citation keys', () => {
  const html = `<html><body><main><h1>Rock blocks</h1>
<p>The method goes back to <a class="reference internal" href="publications.html#lind2012"><span>[Lind2012]</span></a> and <a class="reference internal" href="publications.html#okafor2009"><span>[Okafor2009]</span></a>.</p>
<p>Blocks are sliced as in <a class="reference internal" href="publications.html#lind2015"><span>[Lind2015]</span></a>; a solver follows <a href="publications.html#lind2013"><span>[Lind2013]</span></a>.</p>
<section id="references"><h2>References</h2>
<p>Please cite the following:</p>
<p><span class="math">\\(\\textrm{Blocks}\\)</span></p>
<ul><li><p>Lind CW (2013) Modelling jointed rock masses. D.Phil. Thesis, University of Oxford</p></li>
<li><p>Lind CW, Okafor GT, Rossi S (2012) A new algorithm for contact detection. Computers and Geotechnics, 44: 73-82</p></li></ul>
<p><span class="math">\\(\\textrm{Particles}\\)</span></p>
<ul><li><p>Okafor GT (2009) Potential particles in DEM. Computers and Geotechnics, 36(6):953-959</p></li>
<li><p>Lind CW, Okafor GT, Rossi S (2013) Contact detection in three dimensions. Powder Technology, 248: 94-102</p></li></ul>
<p><span class="math">\\(\\textrm{Slicing}\\)</span></p>
<ul><li><p>Lind CW, Okafor GT, Rossi S (2015) A rock slicing method. Computers and Geotechnics, 65:12-29</p></li></ul>
</section></main></body></html>`;

  it('reads every group into one list, the titles as neither entries nor its end', async () => {
    const parsed = await parse(html, 'blocks.html');
    expect(parsed.entries.map((e) => e.raw.slice(0, 12))).toEqual([
      'Lind CW (201',
      'Lind CW, Oka',
      'Okafor GT (2',
      'Lind CW, Oka',
      'Lind CW, Oka',
    ]);
  });

  it('links each key by its name and year, and a key two listed works answer to both', async () => {
    const parsed = await parse(html, 'blocks.html');
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([
      [2, 3],
      [1, 4, 5],
    ]);
  });
});

describe('a Sphinx note whose first line names the list with no colon', () => {
  const note = (label: string) => `<html><body><main>
<p>Detect outliers as Iglewicz and Hoaglin (1993) propose.</p>
<div class="admonition note"><p class="admonition-title">Note</p><p>${label}</p>
<p>Boris Iglewicz and David Hoaglin (1993), “Volume 16: How to Detect and Handle Outliers”, The ASQC Basic References in Quality Control: Statistical Techniques, Edward F. Mykytka, Ph.D., Editor.</p></div>
</main></body></html>`;

  it('reads the work after "References" as the list, cited by name and year', async () => {
    const parsed = await parse(note('References'), 'confounds.html');
    expect(parsed.references.map((r) => r.number)).toEqual([1]);
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1]]);
  });

  it('takes no "Notes" or "Reference" without a colon for such a label', async () => {
    for (const label of ['Notes', 'Reference']) {
      const parsed = await parse(note(label), 'confounds.html').catch((e: { code: string }) => e.code);
      expect(parsed, label).not.toHaveProperty('references', [expect.anything()]);
    }
  });
});

describe("docutils' HTML4 footnotes, each a table of its own", () => {
  const table = (n: number, backrefs: string, work: string) =>
    `<table class="docutils footnote" frame="void" id="footnote-${n}" rules="none"><colgroup><col class="label" /><col /></colgroup><tbody valign="top"><tr><td class="label">[${n}]</td><td>${backrefs}${work}</td></tr></tbody></table>`;
  const html = `<html><body><div class="document">
<p>Some software (such as the Docutils <a class="footnote-reference" href="#footnote-2" id="footnote-reference-1">[2]</a> system <a class="footnote-reference" href="#footnote-1" id="footnote-reference-2">[1]</a>) knows the conventions.</p>
<p>See PEP 258 <a class="footnote-reference" href="#footnote-1" id="footnote-reference-3">[1]</a> for a description.</p>
<div class="section" id="references"><h1>References and Footnotes</h1>
${table(1, '<em>(<a class="fn-backref" href="#footnote-reference-2">1</a>, <a class="fn-backref" href="#footnote-reference-3">2</a>)</em> ', 'PEP 258, Docutils Design Specification, Goodger (http://www.python.org/peps/pep-0258.html)')}
${table(2, '', 'https://docutils.sourceforge.io/')}
</div></div></body></html>`;

  it("links each callout to the footnote its table's id names, the links back left out of the entry", async () => {
    const parsed = await parse(html, 'pep-0257.html');
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2], [1]]);
    expect(parsed.entries.map((e) => e.raw)).toEqual([
      '[1] | PEP 258, Docutils Design Specification, Goodger (http://www.python.org/peps/pep-0258.html)',
      '[2] | https://docutils.sourceforge.io/',
    ]);
  });
});
