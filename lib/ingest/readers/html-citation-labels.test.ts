import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../document/source-document';
import { readHtml } from './html';

/**
 * Citations as Sphinx and docutils write them: labels of letters and digits ("[Pearl2009]",
 * "[R671]", "[Ho05]") in a <dl class="citation"> with or without a heading, callouts as plain
 * in-page links, as text, or as links to the same entry on another page; footnotes that give a
 * link as their source; per-function lists on an API page.
 */
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>T</title></head><body><div role="main"><h1>T</h1>${body}</div></body></html>`;

const cited = (doc: Omit<SourceDocument, 'format'> | SourceDocument) =>
  doc.blocks
    .filter((b) => (b.citations ?? []).some((c) => c.targets.length > 0))
    .map((b) => [b.text, (b.citations ?? []).map((c) => [b.text.slice(c.start, c.end), c.targets])]);

const citations = `<dl class="citation">
  <dt class="label" id="kohonen1997"><span class="brackets"><a class="fn-backref" href="#id1">Kohonen1997</a></span></dt>
  <dd><p>T. Kohonen (1997). Self-organizing maps. Springer, Berlin.</p></dd>
  <dt class="label" id="lee2020"><span class="brackets">Lee2020</span><span class="fn-backref">(<a href="#id2">1</a>,<a href="#id3">2</a>)</span></dt>
  <dd><p>K. Lee (2020). A second work. Journal 5: 6-7.</p></dd>
</dl>`;

describe('citation labels', () => {
  it('reads a docutils citation list with no heading, and plain in-page links to its entries', () => {
    const doc = readHtml(
      page(`<p>Maps <a class="reference internal" href="#lee2020" id="id2"><span>[Lee2020]</span></a> are old, see <a href="#intro">the introduction</a>.</p>
        <p>We follow <a class="reference internal" href="#kohonen1997" id="id1"><span>[Kohonen1997]</span></a>.</p>
        ${citations}`),
    );
    expect(doc.references?.map((r) => [r.number, r.raw])).toEqual([
      [1, '[Kohonen1997] T. Kohonen (1997). Self-organizing maps. Springer, Berlin.'],
      [2, '[Lee2020] K. Lee (2020). A second work. Journal 5: 6-7.'],
    ]);
    expect(cited(doc)).toEqual([
      ['Maps [Lee2020] are old, see the introduction.', [['[Lee2020]', [2]]]],
      ['We follow [Kohonen1997].', [['[Kohonen1997]', [1]]]],
    ]);
  });

  it('reads a label typed as text, or linked to the entry on another page, and no other brackets', () => {
    const doc = readHtml(
      page(`<p>Built from [Kohonen1997] and <a href="other.html#lee2020"><span>[Lee2020]</span></a>.</p>
        <p>Index l[i] = j, take F[0] and the [eigenvectors] and [kohonen1997].</p>
        <h2>Bibliography</h2>${citations}`),
    );
    expect(cited(doc)).toEqual([
      [
        'Built from [Kohonen1997] and [Lee2020].',
        [
          ['[Kohonen1997]', [1]],
          ['[Lee2020]', [2]],
        ],
      ],
    ]);
  });

  it('ends a list under a rubric with the citation list, before the next function of an API page', () => {
    const doc = readHtml(
      page(`<dl class="py function"><dt id="mod.first">mod.first(x)</dt><dd>
          <p>Computes it [<a class="reference internal" href="#r1">R1</a>].</p>
          <p class="rubric">References</p>
          <dl class="citation"><dt class="label" id="r1"><span class="brackets">R1</span></dt><dd><p>Varshalovich, D A, Quantum Theory of Angular Momentum. 1988.</p></dd></dl>
        </dd></dl>
        <dl class="py function"><dt id="mod.second">mod.second(y)</dt><dd>
          <p>Like <a href="#mod.first">first</a>, faster <a href="#r2"><span>[R2]</span></a>.</p>
          <p class="rubric">References</p>
          <dl class="citation"><dt class="label" id="r2"><span class="brackets">R2</span></dt><dd><p>Varshalovich, D A, Quantum Theory of Angular Momentum. 1988.</p></dd></dl>
        </dd></dl>`),
    );
    expect(doc.references?.map((r) => r.number)).toEqual([1, 2]);
    expect(doc.blocks.map((b) => b.text)).toContain('mod.second(y)');
    expect(cited(doc)).toEqual([
      ['Computes it [R1].', [['R1', [1]]]],
      ['Like first, faster [R2].', [['[R2]', [2]]]],
    ]);
  });
});

describe('footnotes under a rubric', () => {
  const footnotes = (first: string, second: string) =>
    page(`<p>It was found<a class="footnote-reference brackets" href="#a-fn" id="id1">1</a> and fixed <a class="footnote-reference brackets" href="#b-fn" id="id2">2</a>.</p>
      <p class="rubric">Footnotes</p>
      <dl class="footnote brackets">
        <dt class="label" id="a-fn"><span class="brackets"><a class="fn-backref" href="#id1">1</a></span></dt><dd><p>${first}</p></dd>
        <dt class="label" id="b-fn"><span class="brackets"><a class="fn-backref" href="#id2">2</a></span></dt><dd><p>${second}</p></dd>
      </dl>`);

  it('takes footnotes that give a link to their source as the entries the callouts cite', () => {
    const doc = readHtml(
      footnotes(
        'Discovered from <a href="https://github.com/o/r/issues/1">https://github.com/o/r/issues/1</a>',
        'https://example.org/fix',
      ),
    );
    expect(doc.references?.map((r) => r.raw)).toEqual([
      '[1] Discovered from https://github.com/o/r/issues/1',
      '[2] https://example.org/fix',
    ]);
    expect(cited(doc).map(([, c]) => c)).toEqual([
      [
        ['1', [1]],
        ['2', [2]],
      ],
    ]);
  });

  it('leaves footnotes that only remark as notes, citing nothing', () => {
    const doc = readHtml(footnotes('A remark of the author.', 'Another aside.'));
    expect(doc.references ?? []).toEqual([]);
    expect(cited(doc)).toEqual([]);
  });
});
