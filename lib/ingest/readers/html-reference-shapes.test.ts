import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readHtml } from './html';

/**
 * Reference lists shaped unlike a list of items: entries as lines of a preformatted block (pages
 * generated from notebooks and plain-text documents), and lists that mix labelled and unlabelled
 * entries (documentation pages with several "References" boxes).
 */
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>T</title></head><body><article><h1>T</h1>${body}</article></body></html>`;

const parse = (html: string) =>
  parseArticleBytes(new TextEncoder().encode(html), { slug: 't', name: 't.html' });

describe('a reference list in a preformatted block', () => {
  it('reads author–date entries separated by blank lines under a heading', async () => {
    const html = page(`
      <p>The model is standard (see Harvey and Shephard 1993, Chapter 2).</p>
      <p>An example follows Hamilton (1994) closely.</p>
      <h2>References</h2>
      <div class="highlight"><pre>Hamilton, James D. 1994.
Time Series Analysis.
Princeton: Princeton University Press.

Harvey, Andrew C., and Neil Shephard. 1993.
Structural Time Series Models.
Handbook of Statistics 11: 261-302.
</pre></div>`);
    const doc = readHtml(html);
    expect(doc.references?.map((r) => r.raw)).toEqual([
      'Hamilton, James D. 1994. Time Series Analysis. Princeton: Princeton University Press.',
      'Harvey, Andrew C., and Neil Shephard. 1993. Structural Time Series Models. Handbook of Statistics 11: 261-302.',
    ]);
    const graph = await parse(html);
    expect(graph.claims.map((c) => c.cites)).toEqual([[2], [1]]);
  });

  it('reads numbered entries, wrapped over indented lines, in a block inside an element named as the list', async () => {
    const html = page(`
      <p>Sampling is adaptive [2], as earlier work showed [1].</p>
      <div id="bibliography"><pre>
[1] Roberts, G. O. and Rosenthal, J. S. Optimal scaling for various
    Metropolis-Hastings algorithms. Statistical Science, 16(4), 2001.
[2] Hoffman, M. D. and Gelman, A. The No-U-Turn sampler.
    Journal of Machine Learning Research, 15, 2014.
</pre></div>`);
    const doc = readHtml(html);
    expect(doc.references?.map((r) => r.number)).toEqual([1, 2]);
    expect(doc.references?.[1]?.raw).toBe(
      '[2] Hoffman, M. D. and Gelman, A. The No-U-Turn sampler. Journal of Machine Learning Research, 15, 2014.',
    );
    const graph = await parse(html);
    expect(graph.claims.map((c) => c.cites)).toEqual([[1, 2]]);
  });

  it('leaves out a code block under "Notes", which heads examples as often as references', () => {
    const doc = readHtml(
      page(`<p>Fit the model [1].</p><h2>Notes</h2><p>Run it as below.</p>
        <pre>Smith, J. 2001. fit(x, y)</pre>
        <h2>References</h2><ol><li>Carpenter B. Stan. J Stat Softw. 2017;76(1):1-32.</li></ol>`),
    );
    expect(doc.references?.map((r) => r.raw)).toEqual(['Carpenter B. Stan. J Stat Softw. 2017;76(1):1-32.']);
  });

  it('still leaves out code blocks that are not under a reference list', () => {
    const doc = readHtml(
      page(`<p>Fit the model [1].</p><pre>fit &lt;- stan(file = "m.stan") # [2]</pre>
        <h2>References</h2><ol><li>Carpenter B. Stan. J Stat Softw. 2017;76(1):1-32.</li></ol>`),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['Fit the model [1].']);
    expect(doc.references).toHaveLength(1);
  });
});

describe('unlabelled entries among labelled ones', () => {
  it('keeps the labels of footnote entries and numbers an unlabelled bullet after them (several titled boxes)', async () => {
    const html = page(`
      <p>Shrinkage helps <a class="footnote-reference brackets" href="#f1" role="doc-noteref">[1]</a>.</p>
      <aside class="topic"><p class="topic-title">References:</p><aside class="footnote-list brackets">
        <aside class="footnote brackets" id="f1" role="note"><span class="label">[1]</span><p>Ledoit, O. and Wolf, M. A well-conditioned estimator. J. Multivar. Anal. 88(2), 2004.</p></aside>
      </aside></aside>
      <p>Sparse models exist.</p>
      <aside class="topic"><p class="topic-title">References:</p><ul class="simple">
        <li><p>Friedman et al, Sparse inverse covariance estimation with the graphical lasso, Biostatistics 9(3), 2008.</p></li>
      </ul></aside>
      <p>Robust estimators too <a class="footnote-reference brackets" href="#f2" role="doc-noteref">[2]</a>.</p>
      <aside class="topic"><p class="topic-title">References:</p><aside class="footnote-list brackets">
        <aside class="footnote brackets" id="f2" role="note"><span class="label">[2]</span><p>Rousseeuw, P. J. Least median of squares regression. J. Am. Stat. Assoc. 79(388), 1984.</p></aside>
      </aside></aside>`);
    const doc = readHtml(html);
    const firstName = (raw: string) => raw.replace(/^\[\d+\]\s*/, '').split(',')[0];
    expect(doc.references?.map((r) => [r.number, firstName(r.raw)])).toEqual([
      [1, 'Ledoit'],
      [3, 'Friedman et al'],
      [2, 'Rousseeuw'],
    ]);
    const graph = await parse(html);
    expect(graph.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2]]);
  });

  it('gives an unlabelled paragraph between "[n]" entries a number no label takes', async () => {
    const html = page(`
      <p>As shown [1] and confirmed [2].</p>
      <h2>References</h2>
      <p>[1] Smith, J. (2001). A study of things. Journal of Stuff, 3(2), 10-20.</p>
      <p>See also: Brown, K. (1999). Background notes. Review of Things, 1, 1-5.</p>
      <p>[2] Lee, A. (2005). Another study. Journal of Stuff, 5(1), 30-40.</p>`);
    const doc = readHtml(html);
    expect(doc.references?.map((r) => r.number)).toEqual([1, 3, 2]);
    const graph = await parse(html);
    expect(graph.claims.flatMap((c) => c.cites)).toEqual([1, 2]);
  });

  it('numbers an unnumbered list by position, as before', () => {
    const doc = readHtml(
      page(`<p>Text (Smith, 2001).</p><h2>References</h2>
        <p>Smith, J. (2001). A study. Journal of Stuff, 3(2), 10-20.</p>
        <p>Lee, A. (2005). Another study. Journal of Stuff, 5(1), 30-40.</p>`),
    );
    expect(doc.references?.map((r) => r.number)).toEqual([1, 2]);
  });
});

describe('lists named or introduced by a paragraph', () => {
  const works = `<ul>
      <li>Bennett, G. G. (1996). Practical rhumb line calculations. J. Navigation, 49(1), 112–119.</li>
      <li>Jensen, J. R. (1996). Introductory digital image processing. Prentice Hall.</li></ul>`;

  it('takes a paragraph that only says "References:" right before a list as its heading', async () => {
    const html = page(
      `<p>The method follows Bennett (1996) and Jensen (1996).</p><p>References:</p>${works}`,
    );
    expect(readHtml(html).references?.map((r) => r.number)).toEqual([1, 2]);
    const cited = (await parse(html)).claims.filter((c) => c.cites.length > 0);
    expect(cited.map((c) => c.cites)).toEqual([[1, 2]]);
  });

  it('reads a paragraph between the heading and the list as prose, even when it names works', async () => {
    const html = page(`<p>The method follows Jensen (1996).</p>
      <h2>References</h2>
      <p>The algorithm was implemented after Bennett, 1996 and Jensen, 1996.</p>
      <p>The code was taken by permission from another program.</p>
      ${works}`);
    const doc = readHtml(html);
    expect(doc.references?.map((r) => r.raw.split(' (')[0])).toEqual(['Bennett, G. G.', 'Jensen, J. R.']);
    expect((await parse(html)).claims.map((c) => c.cites)).toEqual([[2], [1, 2], []]);
  });

  it('keeps paragraph entries that open with their label, with a list of notes after them', () => {
    const html = page(`<p>Sleep helps [1].</p><h2>References</h2>
      <p>[1] Walker MP. The role of sleep. Ann N Y Acad Sci. 2009;1156:168-97.</p>
      <ol><li id="endnote-1">Diekelmann S, Born J. The memory function of sleep. Nat Rev Neurosci. 2010;11:114-26.</li></ol>`);
    expect(readHtml(html).references?.[0]?.raw).toMatch(/^\[1\] Walker MP/);
  });
});

describe('a hand-written manual page', () => {
  const html = page(`
    <p>Qhull implements Quickhull [Barber et al. <a href="#bar96">'96</a>], after the beneath-beyond
    algorithm [c.f., Preparata &amp; Shamos <a href="#pre85">'85</a>].</p>
    <h2><a href="#TOC">&#187;</a><a name="ref">References</a></h2>
    <blockquote>
    <p><a name="bar96">Barber</a>, C. B., D.P. Dobkin, and H.T. Huhdanpaa, "The Quickhull algorithm for convex hulls," ACM Transactions on Mathematical Software, 22(4):469-483, 1996.
    <p><a name="pre85">Preparata</a>, F. and M. Shamos, Computational Geometry, Springer-Verlag, New York, 1985.</p>
    </blockquote>
    <hr>
    <p><b>Up:</b> <a href="index.htm">Home page</a> for Qhull<br><b>To:</b> <a href="#TOC">contents</a></p>
    <p>Comments to: qhull@qhull.org. Created: Sept. 25, 1995.</p>`);

  it('takes a heading behind a navigation mark, and ends its paragraphs of entries at a rule', () => {
    expect(readHtml(html).references?.map((r) => r.raw.slice(0, 9))).toEqual(['Barber, C', 'Preparata']);
  });

  it('links year-only links to the entries their anchors name', async () => {
    const cited = (await parse(html)).claims.filter((c) => c.cites.length > 0);
    expect(cited.map((c) => c.cites)).toEqual([[1, 2]]);
  });
});

describe('a page written without paragraph tags', () => {
  // Text straight in <body>, each paragraph only opened by a bare <p>, an <ol> of entries at the
  // end and a rule before the copyright: the loose text around the rule is read as paragraphs of
  // their own, and the rule still ends the list.
  const html = `<!DOCTYPE html><html><head><title>Filters</title></head><body>
    <h1>Filters</h1>
    One of the fastest FFT libraries is FFTW <a href="#fftw">[1]</a>, which is used here.
    <p>
    Sound cards are reached through ALSA <a href="#alsa">[2]</a>.
    <h2 id="references">References</h2>
    <ol>
    <li id="fftw">M. Frigo, S. G. Johnson <em>FFTW</em>. <a href="http://www.fftw.org">http://www.fftw.org</a>.<br>
    A fast FFT library.
    <li id="alsa">A. Bagnara, J. Kysela et al <em>ALSA, Advanced Linux Sound Architecture</em>. 1998.
    </ol>
    <br>
    <br>
    <hr>
    <em>(c) Copyright 2001 - 2006, 2009 - 2016 <a href="mailto:someone@example.org">A. Author</a></em>
    </body></html>`;

  it('ends the list at the rule, so the copyright after it is no entry', () => {
    const doc = readHtml(html);
    expect(doc.references?.map((r) => r.raw.slice(0, 9))).toEqual(['M. Frigo,', 'A. Bagnar']);
    expect(doc.blocks.at(-1)?.text).toBe('(c) Copyright 2001 - 2006, 2009 - 2016 A. Author');
  });
});

describe('numbered superscripts that link elsewhere on the page', () => {
  // A LaTeX manual converted to HTML: bracketed links into a bibliography whose entries carry
  // anchors, and superscript numbers linking to notes after it (or to a figure).
  const html = page(`
    <p>Positions are the same as those of the older tool<sup><a id="text1" href="#remark1">1</a></sup>, which
    follows the classic algorithm [<a href="#aho-86">1</a>] and its successors [<a href="#bison">2</a>].</p>
    <p>The layout is shown in the figure<sup><a href="#figure2">2</a></sup>.</p>
    <div id="figure2"><p>Figure 2. The tables.</p></div>
    <h2>References</h2>
    <dl class="thebibliography">
    <dt><a id="aho-86">[1]</a></dt><dd>Alfred V. Aho, Ravi Sethi, and Jeffrey D. Ullman. Compilers: Principles, Techniques, and Tools. Addison-Wesley, 1986.</dd>
    <dt><a id="bison">[2]</a></dt><dd>Charles Donnelly and Richard Stallman. Bison, 2015.</dd>
    </dl>
    <hr>
    <dl class="remarks"><dt><a id="remark1" href="#text1">1</a></dt><dd>Provided the lexer never produces empty tokens.</dd></dl>`);

  it('cite nothing when the list’s entries carry anchors and theirs is not one of them', async () => {
    const cited = (await parse(html)).claims.filter((c) => c.cites.length > 0);
    expect(cited.map((c) => c.cites)).toEqual([[1, 2]]);
  });

  it('still cite by number on a page whose entries carry no anchors', async () => {
    const plain = page(`
      <p>Sleep helps memory<sup><a href="#top">1</a></sup>, and naps help too<sup>2</sup>.</p>
      <h2 id="top">References</h2>
      <ol><li>Walker MP. The role of sleep. Ann N Y Acad Sci. 2009;1156:168-97.</li>
      <li>Mednick S, Nakayama K, Stickgold R. Sleep-dependent learning. Nat Neurosci. 2003;6:697-8.</li></ol>`);
    const cited = (await parse(plain)).claims.filter((c) => c.cites.length > 0);
    expect(cited.map((c) => c.cites)).toEqual([[1, 2]]);
  });
});

describe('a section named "notes"', () => {
  it('holds remarks, not entries, when what it holds reads as none', () => {
    const html = page(`
      <p>Levenberg–Marquardt is the standard method <a class="footnote-reference brackets" href="#levenberg1944">1</a>.</p>
      <section id="notes"><h3>Notes</h3>
      <p>v0.8.2 Changed from scipy.leastsq to mpfit for better bounds handling.</p></section>
      <section id="references"><h3>References</h3>
      <aside class="footnote-list brackets">
      <aside class="footnote brackets" id="levenberg1944" role="note"><span class="label">[<a href="#id1">1</a>]</span>
      <p>Levenberg, K. <em>Quarterly Journal of Applied Mathematics</em> 1944, II (2), 164–168.</p></aside>
      </aside></section>`);
    const doc = readHtml(html);
    expect(doc.references?.map((r) => r.raw)).toEqual([
      '[1] Levenberg, K. Quarterly Journal of Applied Mathematics 1944, II (2), 164–168.',
    ]);
    expect(doc.blocks.some((b) => b.text.startsWith('v0.8.2'))).toBe(true);
  });

  it('is the list when its items read as references', () => {
    const html = page(`
      <p>Sleep helps memory<sup><a href="#fn1">1</a></sup>.</p>
      <div id="notes"><ol>
      <li id="n1">Walker, M. P. (2009). The role of sleep in cognition. Annals, 1156, 168-197.</li>
      </ol></div>`);
    expect(readHtml(html).references?.map((r) => r.number)).toEqual([1]);
  });
});

describe('an id that holds a list word inside a heading’s slug', () => {
  it('does not make a section of prose the list ("sources-of-information-about-stereochemistry")', () => {
    const html = page(`
      <p>Ring bonds are handled as in the literature <a class="footnote-reference brackets" href="#ref1">1</a>.</p>
      <section id="sources-of-information-about-stereochemistry"><h4>Sources of information about stereochemistry</h4>
      <section id="from-smiles"><h5>From SMILES</h5><p>Atomic stereochemistry can be specified using @ and @@.</p></section>
      <section id="from-mol"><h5>From Mol</h5><p>Wedged bonds set it when 2D coordinates are present.</p></section>
      </section>
      <section id="references"><h3>References</h3>
      <aside class="footnote brackets" id="ref1" role="note"><span class="label">[<a href="#id1">1</a>]</span>
      <p>Schneider, N.; Sayle, R. A.; Landrum, G. A. J. Chem. Inf. Model. 2015, 55, 2111–2120.</p></aside>
      </section>`);
    const doc = readHtml(html);
    expect(doc.references?.map((r) => r.number)).toEqual([1]);
    expect(doc.blocks.some((b) => b.text.startsWith('Atomic stereochemistry'))).toBe(true);
  });

  it('still names the list when what it holds reads as references ("references-and-further-reading")', () => {
    const html = page(`
      <p>Sleep helps memory (Walker, 2009).</p>
      <div id="references-and-further-reading-list"><ul>
      <li>Walker, M. P. (2009). The role of sleep in cognition. Annals, 1156, 168-197.</li>
      </ul></div>`);
    expect(readHtml(html).references?.map((r) => r.raw.split(' (')[0])).toEqual(['Walker, M. P.']);
  });
});

describe('a texinfo page', () => {
  it('reads no navigation panel ("Next: …, Previous: …, Up: …") into the list it opens', async () => {
    const html = page(`
      <div class="chapter" id="Intro"><div class="header"><p>Next: <a href="#References">References</a>, Up: <a href="#Top">Top</a> &nbsp; </p></div>
      <h2>Introduction</h2>
      <p>Therneau &amp; Grambsch (2000) preferred SAS, and the case study in Becker, Chambers &amp; Wilks (1988, Chapter
      9) used Unix tools.</p></div>
      <div class="appendix" id="References"><div class="header"><p>Next: <a href="#Index">Index</a>, Previous: <a href="#Intro">Intro</a>, Up: <a href="#Top">Top</a></p></div>
      <h2 class="appendix">Appendix A References</h2>
      <p>R. A. Becker, J. M. Chambers and A. R. Wilks (1988) <em>The New S Language.</em> Wadsworth &amp; Brooks/Cole.</p>
      <p>T. M. Therneau and P. M. Grambsch (2000) <em>Modeling Survival Data.</em> Springer-Verlag.</p>
      </div>`);
    const doc = readHtml(html);
    expect(doc.references?.map((r) => r.raw.split(' (')[0])).toEqual([
      'R. A. Becker, J. M. Chambers and A. R. Wilks',
      'T. M. Therneau and P. M. Grambsch',
    ]);
    expect(doc.blocks.some((b) => b.text.startsWith('Next:'))).toBe(false);
    const graph = await parse(html);
    expect(graph.claims.map((c) => c.cites)).toEqual([[1, 2]]);
  });
});

describe('a table of contents with no name that says so', () => {
  it('reads a list whose items are only links to places on the page as navigation, not claims', () => {
    const html = page(`
      <h2 class="contents-heading">Table of Contents</h2>
      <div class="contents"><ul class="no-bullet">
        <li><a href="#Intro">1 Introduction</a>
          <ul class="no-bullet"><li><a href="#Imports">1.1 Imports</a></li></ul></li>
        <li><p><a href="#Export">2 Export</a></p></li>
        <li><a href="#References">Appendix A References</a></li>
      </ul></div>
      <h2 id="Intro">1 Introduction</h2>
      <p>Therneau &amp; Grambsch (2000) preferred SAS.</p>
      <ul>
        <li><a href="#Imports">Imports</a> are covered first.</li>
        <li><a href="#Export">Export</a> comes next.</li>
        <li>Then <a href="#References">the references</a>.</li>
      </ul>
      <h2 id="References">Appendix A References</h2>
      <p>T. M. Therneau and P. M. Grambsch (2000) <em>Modeling Survival Data.</em> Springer-Verlag.</p>`);
    const texts = readHtml(html).blocks.map((b) => b.text);
    expect(texts.some((t) => t.includes('1.1 Imports') || t.includes('2 Export'))).toBe(false);
    // Items that say something beside their links are prose.
    expect(texts).toContain('Imports are covered first.');
  });
});

describe('a generated manual page whose sections are definition terms', () => {
  const entries = `<p>
[1] C. Harris and M. Stephens, "A combined corner and edge detector," in Proceedings of The Fourth Alvey Vision Conference, pp. 147-151, 1988.
</p><p>
[2] J. A. Noble, "Finding corners," Image Vision Computing, vol. 6, no. 2, pp. 121-128, 1988.
</p>`;
  const body = '<p>The detector is the Harris one [1], whose response is the Noble form [2].</p>';

  it('reads the entries under a REFERENCES term, in its definition or after the list, and ends them at "See also"', () => {
    for (const html of [
      page(`${body}<dl><dt>EXAMPLE</dt><dd><p>Run it.</p></dd><dt>
REFERENCES
</dt><dd>${entries}</dd></dl><p>See also: <a href="vl_help.html">VL_HELP</a>().</p>`),
      page(
        `${body}<dl><dt>EXAMPLE</dt><dd><p>Run it.</p></dd><dt>REFERENCES</dt></dl>${entries}<p>See also: <a href="vl_sift.html">VL_SIFT</a>().</p>`,
      ),
    ]) {
      const doc = readHtml(html);
      expect(doc.references?.map((r) => r.number)).toEqual([1, 2]);
      expect(doc.blocks.some((b) => b.text.startsWith('See also'))).toBe(true);
    }
  });
});
