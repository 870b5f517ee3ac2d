import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readHtml } from './html';

/**
 * Pages that Markdown tools generate (Pandoc, R Markdown, markdown-it, kramdown, GitHub): their
 * footnotes, tables of contents and sectioned layout, and real pages of that kind from the
 * evaluation corpus (eval/corpus/web).
 */
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`;

describe('readHtml on generated pages', () => {
  it.each([
    ['Pandoc and markdown-it', '#fn1', 'fnref1', 'fn1'],
    ['kramdown', '#fn:1', 'fnref:1', 'fn:1'],
    ['GitHub', '#user-content-fn-1', 'user-content-fnref-1', 'user-content-fn-1'],
  ])('reads a %s footnote as a note, not as a citation of entry 1', (_tool, href, refId, noteId) => {
    const doc = readHtml(
      page(`<article><h1>T</h1>
        <p>Imputation comes first<a href="${href}" class="footnote-ref" id="${refId}"><sup>1</sup></a>. Models follow (Zhou &amp; Reiter, 2010).</p>
        <h2>References</h2><p>Zhou, X. &amp; Reiter, J. P. (2010). A note on inference. The American Statistician, 64(2), 159–163.</p>
        <ol><li id="${noteId}"><p>There is a third approach.<a href="#${refId}" class="footnote-back">↩︎</a></p></li></ol>
      </article>`),
    );
    expect(doc.blocks.flatMap((b) => b.citations ?? [])).toEqual([]);
    expect(doc.blocks.find((b) => b.kind === 'note')?.text).toBe('There is a third approach.');
    expect(doc.references?.map((r) => r.number)).toEqual([1]);
  });

  it('leaves callouts to the text when no link reaches an entry: a contents link to #references is no citation', async () => {
    const html = page(`<article><h1>T</h1>
      <div id="TOC"><ul><li><a href="#intro">Introduction</a></li><li><a href="#references">References</a></li></ul></div>
      <div id="intro" class="section level2"><h2>Introduction</h2>
      <p>Imputation is common (Zhou &amp; Reiter, 2010).</p></div>
      <div id="references" class="section level2"><h2>References</h2>
      <p>Zhou, X. &amp; Reiter, J. P. (2010). A note on inference. The American Statistician, 64(2), 159–163.</p></div>
    </article>`);
    const doc = readHtml(html);
    // The table of contents is navigation, not prose: none of its links becomes a claim.
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Introduction',
      'Imputation is common (Zhou & Reiter, 2010).',
    ]);
    const graph = await parseArticleBytes(new TextEncoder().encode(html), { slug: 't', name: 't.html' });
    expect(graph.claims.map((c) => c.cites)).toEqual([[1]]);
  });
});

describe('real R Markdown pages (eval/corpus/web)', () => {
  const parse = (name: string) =>
    parseArticleBytes(new Uint8Array(readFileSync(`eval/corpus/web/${name}`)), {
      slug: 'page',
      name,
    });

  it('keeps the reference list that the main-content extraction of a sectioned page drops', async () => {
    const graph = await parse('loo2-example.html');
    expect(graph.entries).toHaveLength(4);
    expect(graph.entries[0]?.raw).toMatch(/^Gabry, J., Simpson, D./);
  });

  it('links narrative bylines, "et al" without a full stop and a defined term before the names', async () => {
    const graph = await parse('loo2-lfo.html');
    const cites = (start: string) => graph.claims.find((c) => c.text.startsWith(start))?.cites;
    expect(cites('LOO-CV is very expensive')).toEqual([2, 3]); // (PSIS, Vehtari et al, 2017, 2019)
    expect(cites('More details can be found')).toEqual([1]); // (Bürkner, Gabry, & Vehtari, 2020)
    expect(cites('For more details on approximate LFO-CV')).toEqual([1]); // Bürkner et al. (2020)
  });

  it('reads a code index "x_1[2]" as no citation and "(Name & Name, in review)" as one', async () => {
    const graph = await parse('brms_monotonic.html');
    expect([...new Set(graph.claims.flatMap((c) => c.cites))]).toEqual([1]);
    expect(graph.claims.filter((c) => c.cites.length > 0)).toHaveLength(1);
  });
});

describe('readHtml on Sphinx pages', () => {
  const sphinx = (notes: string) =>
    page(`<div class="related" role="navigation"><ul><li><a href="index.html">Index</a></li></ul></div>
    <div class="body" role="main"><dl class="py function"><dt>anosim(matrix)</dt><dd>
      <p>Test for differences between groups.</p>
      <p class="rubric">Notes</p>
      <p>See <a class="footnote-reference brackets" href="#id3" id="id1" role="doc-noteref"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a> for the method.${notes}</p>
      <p class="rubric">References</p>
      <aside class="footnote-list brackets">
        <aside class="footnote brackets" id="id3" role="note"><span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" href="#id1">1</a><span class="fn-bracket">]</span></span>
        <p>Clarke, KR. “Non-parametric multivariate analyses.” Australian journal of ecology 18.1 (1993): 117-143.</p></aside>
      </aside>
      <p class="rubric">Examples</p><p>Run it on a matrix.</p>
    </dd></dl></div>`);

  it('reads a rubric "References" and its footnote entries, and the links to them as citations', () => {
    const doc = readHtml(sphinx(''));
    expect(doc.references?.map((r) => [r.number, r.raw.slice(0, 20)])).toEqual([[1, '[1] Clarke, KR. “Non']]);
    const citing = doc.blocks.filter((b) => (b.citations ?? []).length > 0);
    expect(citing.map((b) => [b.text, b.citations?.map((c) => c.targets)])).toEqual([
      ['See [1] for the method.', [[1]]],
    ]);
    // The rubric "Notes" heads prose: its paragraph is a block, not an entry; the sidebar is gone.
    expect(doc.blocks.map((b) => b.text)).toContain('Notes');
    expect(doc.blocks.map((b) => b.text)).not.toContain('Index');
  });

  it('reads the real page, whose main content loses the footnotes to Readability', async () => {
    const graph = await parseArticleBytes(
      new Uint8Array(readFileSync('eval/corpus/web-holdout/skbio-anosim.html')),
      {
        slug: 'page',
        name: 'anosim.html',
      },
    );
    expect(graph.entries).toHaveLength(2);
    expect(graph.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2]]);
  });
});

describe('readHtml on docutils pages with a footnote set among the citations', () => {
  const citation = (id: string, label: string, text: string) =>
    `<div role="list" class="citation-list"><div class="citation" id="${id}" role="doc-biblioentry"><span class="label"><span class="fn-bracket">[</span>${label}<span class="fn-bracket">]</span></span><p>${text}</p></div></div>`;
  const footnotes = (text: string) =>
    `<aside class="footnote-list brackets"><aside class="footnote brackets" id="id11" role="note"><span class="label"><span class="fn-bracket">[</span>38901<span class="fn-bracket">]</span></span><p>${text}</p></aside></aside>`;
  const callout = (href: string, label: string, cls: string) =>
    `<a class="${cls}" href="#${href}"><span class="fn-bracket">[</span>${label}<span class="fn-bracket">]</span></a>`;
  const body = `<h1>Design</h1>
    <p>The coordinate system of ${callout('balanis', 'Balanis', 'reference internal')} is used.</p>
    <p>This model implements the element described in ${callout('id11', '38901', 'footnote-reference brackets')}.</p>
    <p>For details see ${callout('mailloux', 'Mailloux', 'reference internal')}.</p>`;
  const standard =
    '3GPP. 2018. TR 38.901, Study on channel model for frequencies from 0.5 to 100 GHz, V15.0.0. (2018-06).';

  it('lists a footnote that stands between two citation lists, in its place', () => {
    const doc = readHtml(
      page(
        `<div class="body" role="main">${body}${citation('balanis', 'Balanis', 'C.A. Balanis, “Antenna Theory”, Wiley, 2nd Ed.')}${footnotes(standard)}${citation('mailloux', 'Mailloux', 'Robert J. Mailloux, “Phased Array Antenna Handbook”, Artech House, 2nd Ed.')}</div>`,
      ),
    );
    expect(doc.references?.map((r) => r.raw.slice(0, 12))).toEqual([
      '[Balanis] C.',
      '[38901] 3GPP',
      '[Mailloux] R',
    ]);
    expect(
      doc.blocks.filter((b) => (b.citations ?? []).length > 0).map((b) => b.citations?.map((c) => c.targets)),
    ).toEqual([[[1]], [[2]], [[3]]]);
  });

  it('keeps a footnote of prose, with no citation list beside it, a note', () => {
    const doc = readHtml(
      page(
        `<div class="body" role="main">${body}<p>Some text between.</p>${footnotes('The gain is measured at the boresight only.')}<p>More text.</p>${citation('balanis', 'Balanis', 'C.A. Balanis, “Antenna Theory”, Wiley, 2nd Ed.')}</div>`,
      ),
    );
    expect(doc.references?.map((r) => r.raw.slice(0, 12))).toEqual(['[Balanis] C.']);
  });
});

describe('a Pandoc citeproc page whose main content drops an entry', () => {
  it('keeps every entry of the list, the one Readability scores as a link too', async () => {
    const graph = await parseArticleBytes(
      new Uint8Array(readFileSync('eval/corpus/web-holdout/rstan-rstan.html')),
      {
        slug: 'page',
        name: 'rstan.html',
      },
    );
    expect(graph.entries).toHaveLength(11);
    const gettingStarted = graph.entries.findIndex((e) =>
      e.raw.startsWith('The Stan Development Team. 2014.'),
    );
    expect(gettingStarted).toBeGreaterThanOrEqual(0);
    // "———. 2016." is the manual of the same team: the callout names it, not a work left unlisted.
    const manual = graph.claims.find((c) => c.text.startsWith('The very thorough Stan manual'));
    expect(manual?.cites).toEqual([gettingStarted + 2]);
  });
});

describe('a reference list in a docutils topic box', () => {
  it('reads the items of <aside class="topic"> titled "References:" as entries, and ends the list with the box', () => {
    const doc = readHtml(
      page(`<article><h1>T</h1>
        <p>Calibration follows Platt <a class="reference internal" href="#r1">[1]</a>.</p>
        <aside class="topic"><p class="topic-title">Examples:</p><ul><li><p>A curve</p></li></ul></aside>
        <aside class="topic"><p class="topic-title">References:</p>
          <ul><li><p><span id="r1">[1]</span> Platt, J. (1999). Probabilistic outputs for support vector machines. Advances in Large Margin Classifiers, 10(3), 61–74.</p></li></ul>
        </aside>
        <p>Total running time of the script: 3 seconds.</p>
      </article>`),
    );
    expect(doc.referencesHeading).toBe('References');
    expect(doc.references?.map((r) => r.raw.slice(0, 10))).toEqual(['[1] Platt,']);
    expect(doc.blocks.map((b) => b.text)).toContain('Total running time of the script: 3 seconds.');
  });
});

describe('a Sphinx page whose main content drops one entry and splits another', () => {
  it('reads every entry whole, without the "(1,2,3)" links back to its callouts', async () => {
    const graph = await parseArticleBytes(
      new Uint8Array(readFileSync('eval/corpus/web-holdout-2/sklearn-lda.html')),
      { slug: 'page', name: 'lda.html' },
    );
    const raws = graph.entries.map((e) => e.raw);
    expect(raws).toHaveLength(2);
    expect(raws[0]).toMatch(/^\[1\] “Online Learning for Latent Dirichlet Allocation”, Matthew D\. Hoffman/);
    expect(raws[1]).toMatch(/^\[2\] “Stochastic Variational Inference”/);
  });
});

describe('a page whose main content drops a short section that cites', () => {
  /** A sectioned R Markdown page: long prose, the list, then short sections of a line and links. */
  const prose = Array.from(
    { length: 12 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the model's story, with enough words in it to read as the article body that Readability keeps, the way a long vignette does (Lee, 2018).</p>`,
  ).join('');
  const links = (n: number) =>
    `<ul><li>To load: <code>data(set${n})</code></li><li>Source: <a href="https://example.org/data/set-${n}/a-long-path/to-the-file-the-data-came-from">https://example.org/data/set-${n}/a-long-path/to-the-file-the-data-came-from</a></li></ul>`;
  const html = page(`<div class="container-fluid main-container"><h1 class="title">Data</h1>
    <div id="body" class="section level1"><h1>Body</h1>${prose}</div>
    <div id="references" class="section level1"><h1>References</h1><ul>
      <li><p>Lee, K. (2018) Naps and memory. Sleep 2:1–9.</p></li>
      <li><p>Smith, J. and Jones, B. (2020) Data of two studies. Journal 1:1–2.</p></li></ul></div>
    <div id="more" class="section level1"><h1>More data</h1>
      <div id="one" class="section level4"><h4>Study data</h4>
      <p>Smith and Jones (2020) collected this set from <a href="https://example.org/">example.org</a>.</p>${links(1)}</div>
    </div></div>`);

  it('reads the whole page, so the paragraph citing a listed work is a claim', async () => {
    const doc = await parseArticleBytes(new TextEncoder().encode(html), { name: 'p.html', slug: 'p' });
    const claim = doc.claims.find((c) => c.text.startsWith('Smith and Jones (2020) collected'));
    expect(claim?.cites).toEqual([2]);
  });
});

describe('a Doxygen class page whose parameter table cites the works its description ends with', () => {
  // Readability keeps the description and drops the member documentation below it: the
  // parameter cells that cite "[1]" and "[2]" would be lost, so the page is read whole.
  const html = `<!DOCTYPE html><html><head><title>GNU Radio: ofdm_chanest_vcvc Class Reference</title></head><body>
<div id="top"><div id="titlearea"><table><tr><td><div id="projectname">GNU Radio</div></td></tr></table></div>
<div id="navrow1" class="tabs"><ul class="tablist"><li><a href="index.html">Main Page</a></li><li><a href="modules.html">Modules</a></li><li><a href="namespaces.html">Namespaces</a></li><li><a href="annotated.html">Classes</a></li><li><a href="files.html">Files</a></li></ul></div></div>
<div class="header"><div class="summary"><a href="#pub-methods">Public Member Functions</a> | <a href="#pub-static-methods">Static Public Member Functions</a></div>
<div class="headertitle"><div class="title">gr::digital::ofdm_chanest_vcvc Class Reference</div></div></div>
<div class="contents">
<p>Estimate channel and coarse frequency offset for OFDM from preambles. <a href="#details">More...</a></p>
<table class="memberdecls"><tr class="heading"><td colspan="2"><h2 class="groupheader">Public Member Functions</h2></td></tr>
<tr class="memitem"><td class="memItemLeft" align="right" valign="top">virtual void </td><td class="memItemRight" valign="bottom"><a href="#a1">set_min_output_buffer</a> (long min_output_buffer)</td></tr>
<tr class="memitem"><td class="memItemLeft" align="right" valign="top">virtual long </td><td class="memItemRight" valign="bottom"><a href="#a2">max_output_buffer</a> (int i)</td></tr>
</table>
<a name="details" id="details"></a><h2 class="groupheader">Detailed Description</h2>
<div class="textblock"><p>Estimate channel and coarse frequency offset for OFDM from preambles. </p>
<p>Input: OFDM symbols (in frequency domain). The first one (or two) symbols are expected to be synchronisation symbols, which are used to estimate the coarse freq offset and the initial equalizer taps (these symbols are removed from the stream). The following n_data_symbols are passed through unmodified (the actual equalisation must be done elsewhere). Output: The data symbols, without the synchronisation symbols. The first data symbol passed through has two tags: 'ofdm_sync_carr_offset' (integer), the coarse frequency offset as number of carriers, and 'ofdm_sync_eq_taps' (complex vector). Any tags attached to the synchronisation symbols are attached to the first data symbol. All other tags are propagated as expected.</p>
<p>Note: The vector on ofdm_sync_eq_taps is already frequency-corrected, whereas the rest is not.</p>
<p>This block assumes the frequency offset is even (i.e. an integer multiple of 2).</p>
<p>[1] Schmidl, T.M. and Cox, D.C., "Robust frequency and timing synchronization
    for OFDM", Communications, IEEE Transactions on, 1997. [2] K.D. Kammeyer, "Nachrichtenuebertragung," Chapter. 16.3.2. </p>
</div><h2 class="groupheader">Member Function Documentation</h2>
<a id="a3"></a><h2 class="memtitle"><span class="permalink"><a href="#a3">&#9670;&nbsp;</a></span>make()</h2>
<div class="memitem"><div class="memproto"><table class="mlabels"><tr><td class="mlabels-left"><table class="memname"><tr><td class="memname">static sptr make </td><td>(</td><td class="paramtype">int&#160;</td><td class="paramname"><em>n_data_symbols</em>, </td></tr></table></td><td class="mlabels-right"><span class="mlabels"><span class="mlabel">static</span></span></td></tr></table></div>
<div class="memdoc"><dl class="params"><dt>Parameters</dt><dd><table class="params">
<tr><td class="paramname">sync_symbol2</td><td>Second synchronisation symbol in the frequency domain. Using this symbol is how synchronisation is described in [1]. Leaving this empty forces us to interpolate the equalizer taps.</td></tr>
<tr><td class="paramname">n_data_symbols</td><td>The number of data symbols following each set of synchronisation symbols. Must be at least 1. </td></tr>
<tr><td class="paramname">eq_noise_red_len</td><td>If non-zero, noise reduction for the equalizer taps is done according to [2]. In this case, it is the channel influence time in number of samples.</td></tr>
</table></dd></dl></div></div>
<hr/><div class="contents">The documentation for this class was generated from the following file:<ul><li>ofdm_chanest_vcvc.h</li></ul></div></div>
<hr class="footer"/><address class="footer"><small>Generated by <a href="https://www.doxygen.org/index.html">doxygen</a> 1.9.4</small></address></body></html>
`;

  it('keeps the citing parameter cells and links them to the works under no heading', async () => {
    const doc = await parseArticleBytes(new TextEncoder().encode(html), {
      slug: 'chanest',
      name: 'chanest.html',
    });
    expect(doc.entries).toHaveLength(2);
    const cited = doc.claims.filter((c) => c.cites.length > 0);
    expect(cited.map((c) => [c.text.split(' | ')[0], c.cites])).toEqual([
      ['sync_symbol2', [1]],
      ['eq_noise_red_len', [2]],
    ]);
  });
});

describe('a Pandoc page written without --standalone', () => {
  // No <html>, <head> or <body>: a fragment a browser shows whole. Its maths is HTML, not TeX.
  const fragment = `<h1 id="leaves">Computation of the leaves</h1>
<p>Tomás Oliveira e Silva’s paper <a href="#References">[2]</a> gives the runtime: the number of
leaves is <span class="math inline"><em>O</em>(<em>z</em> /log<sup>2</sup><em>x</em>)</span>
and counting takes <span class="math inline"><em>O</em>(log<em>z</em>)</span> operations.</p>
<p>The original paper <a href="#References">[1]</a> uses a binary indexed tree.</p>
<h2 id="References">References</h2>
<ol>
<li>M. Deléglise and J. Rivat, "Computing π(x): The Meissel, Lehmer, Lagarias, Miller, Odlyzko method", Mathematics of Computation, Volume 65, Number 213, 1996, pp 235–245.</li>
<li>Tomás Oliveira e Silva, Computing π(x): the combinatorial method, Revista do DETUA, vol. 4, no. 6, March 2006, pp. 759-768.</li>
</ol>`;

  it('is read whole, as the body it implies', async () => {
    const doc = await parseArticleBytes(new TextEncoder().encode(fragment), {
      slug: 'leaves',
      name: 'leaves.html',
    });
    expect(doc.entries).toHaveLength(2);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[2], [1]]);
    // No <title>: its first <h1> names it.
    expect(doc.article.title).toBe('Computation of the leaves');
  });

  it('reads a superscript inside a formula as a power, not a callout', () => {
    const doc = readHtml(fragment);
    const first = doc.blocks.find((b) => b.text.startsWith('Tomás'));
    expect(first?.citations?.flatMap((c) => c.targets)).toEqual([2]);
  });
});
