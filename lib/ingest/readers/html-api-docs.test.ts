import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readHtml } from './html';

/**
 * API documentation as Javadoc lays it out: a class comment inside a list item, its first
 * sentences written straight into a <div> beside <p> paragraphs, a list named by a paragraph
 * "References:", and the tags after it ("Since:", "See Also:") in a <dl>.
 */
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>T</title></head><body><main>${body}</main></body></html>`;

const classComment = `<h1>Class Variance</h1>
  <ul class="blockList"><li class="blockList">
  <pre>public final class Variance</pre>
  <div class="block">Computes the variance of the values, as Chan and Lewis (1979) describe.
  <p>The two-pass method follows Chan <i>et al</i>, (1983).
  <p>References:
  <ul>
    <li>Chan and Lewis (1979) Computing standard deviations: accuracy. Communications of the ACM, 22, 526-531.
    <li>Chan, Golub and LeVeque (1983) Algorithms for computing the sample variance. American Statistician, 37, 242-247.
  </ul></div>
  <dl><dt><span class="simpleTagLabel">Since:</span></dt><dd>1.1</dd>
  <dt><span class="seeLabel">See Also:</span></dt><dd><a href="https://en.wikipedia.org/wiki/Variance">Variance (Wikipedia)</a></dd></dl>
  </li></ul>
  <ul class="blockList"><li class="blockList"><h4>create</h4><pre>public static Variance create()</pre>
  <div class="block">Creates an instance.</div></li></ul>`;

describe('readHtml on API documentation', () => {
  it('reads text written straight into a container beside its paragraphs as a paragraph of its own', () => {
    const doc = readHtml(page(classComment));
    const texts = doc.blocks.map((b) => b.text);
    expect(texts).toContain('Computes the variance of the values, as Chan and Lewis (1979) describe.');
    expect(texts).toContain('The two-pass method follows Chan et al, (1983).');
    expect(texts).toContain('Creates an instance.');
  });

  it('reads a list item that holds a heading or a <div> of paragraphs as a container, in order', () => {
    const doc = readHtml(page(classComment));
    const texts = doc.blocks.map((b) => b.text);
    expect(texts.indexOf('create')).toBeLessThan(texts.indexOf('Creates an instance.'));
    expect(doc.blocks.find((b) => b.text === 'create')?.kind).toBe('heading');
  });

  it('ends a list a "References:" paragraph names with that list: the tags after it are no entries', () => {
    const doc = readHtml(page(classComment));
    expect(doc.references?.map((r) => r.raw.slice(0, 24))).toEqual([
      'Chan and Lewis (1979) Co',
      'Chan, Golub and LeVeque ',
    ]);
    expect(doc.blocks.map((b) => b.text)).toContain('Since:');
  });

  it('links the class comment’s author–date callouts to that list', async () => {
    const parsed = await parseArticleBytes(new TextEncoder().encode(page(classComment)), {
      name: 'variance.html',
      slug: 'variance',
    });
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2]]);
  });

  it('reads entries written as paragraphs under a label, and ends them at the first paragraph that is none', async () => {
    const html = page(`<dl><dt>Function: lbfgs</dt><dd>
      <p>The algorithm is that of [1], with the code of [2].</p>
      <p><code>iprint[1]</code> controls how often progress is printed; <code>iprint[2]</code> how much.</p>
      <p>References:</p>
      <p>[1] D. Liu and J. Nocedal. "On the limited memory BFGS method for large scale optimization". Mathematical Programming B 45:503–528 (1989)</p>
      <p>[2] https://www.netlib.org/opt/lbfgs_um.shar</p>
      <p>Examples:</p>
      <p>The same problem, solved again with a looser tolerance.</p></dd></dl>`);
    const doc = readHtml(html);
    expect(doc.references?.map((r) => r.number)).toEqual([1, 2]);
    expect(doc.blocks.map((b) => b.text)).toContain(
      'The same problem, solved again with a looser tolerance.',
    );
    const parsed = await parseArticleBytes(new TextEncoder().encode(html), {
      name: 'lbfgs.html',
      slug: 'lbfgs',
    });
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2]]);
  });

  it('takes a singular "Reference:" label only before a paragraph that reads as one', async () => {
    const html = page(`<p>The algorithm is taken from (Vitter 1987).</p>
      <p>Reference:</p>
      <p>J. S. Vitter. An efficient algorithm for sequential random sampling. ACM Transactions on Mathematical Software 13(1):58–67, 1987.</p>
      <p>Arguments:</p><p>res: the vector of results, according to (Vitter 1987).</p>`);
    const parsed = await parseArticleBytes(new TextEncoder().encode(html), {
      name: 'sample.html',
      slug: 'sample',
    });
    expect(parsed.entries.length).toBe(1);
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [1]]);
    const manual = readHtml(page('<p>Reference:</p><p>The functions of the library, one by one.</p>'));
    expect(manual.references ?? []).toEqual([]);
  });

  it('takes an unnamed numbered list of references for the list, only where the text cites by number', async () => {
    const list = `<ol><li>Hyndman and Fan (1996) Sample Quantiles in Statistical Packages. The American Statistician, 50, 361-365.
      <li><a href="https://en.wikipedia.org/wiki/Quantile">Quantile (Wikipedia)</a></ol>`;
    const numeric =
      page(`<div class="block">Nine methods, as defined in Hyndman and Fan (1996)[1].<p>Steps:</p>
      <ol><li>Sort the values.<li>Interpolate.</ol>${list}</div>`);
    const parsed = await parseArticleBytes(new TextEncoder().encode(numeric), { name: 'q.html', slug: 'q' });
    expect(parsed.entries.map((e) => e.raw.slice(0, 15))).toEqual(['Hyndman and Fan', 'Quantile (Wikip']);
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1]]);
    expect(
      readHtml(page(`<p>Nine methods, as defined by Hyndman and Fan.</p>${list}`)).references ?? [],
    ).toEqual([]);
  });
});

describe('readHtml on API documentation: lists ended by tags, works after blank lines typed with breaks', () => {
  it('ends a list under a heading at a tag list\'s field ("Author:"), which is no entry', () => {
    const doc = readHtml(
      page(`<h1>Class Clearance</h1><div class="block"><p>Introduced by Thompson and Van Oosterom [TV06].
      <h3>References</h3><ul><li>[Mi88] Milenkovic, V. J., Verifiable implementations. AI, 377-401. 1988
      <li>[TV06] Thompson, Rod and van Oosterom, Peter, Interchange of spatial data, Agile 2006. 2006</ul></div>
      <dl><dt><span class="simpleTagLabel">Author:</span></dt><dd>Martin Davis</dd></dl>`),
    );
    expect(doc.references?.map((r) => r.raw.slice(0, 6))).toEqual(['[Mi88]', '[TV06]']);
  });

  it('reads works written one to a paragraph, by two breaks, after the text citing them by bracketed number', async () => {
    const html =
      page(`<h1>Class SubsequenceKernel</h1><div class="block"> Implements the kernel as described in [1]
      and its pruned form as described in [2].<br/>
      <br/>
      For more information, see<br/>
      <br/>
      Ada Lind, Ben Okafor (2002). Text classification with subsequences. Journal of Kernels. 2:419-444.<br/>
      <br/>
      C. Moreau, D. Zhou (2005). Pruning subsequence kernels. Technical report, Wien.
      <p/></div>`);
    const doc = await parseArticleBytes(new TextEncoder().encode(html), { name: 'k.html', slug: 'k' });
    expect(doc.entries.map((e) => e.raw.slice(0, 20))).toEqual([
      'Ada Lind, Ben Okafor',
      'C. Moreau, D. Zhou (',
    ]);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2]]);
    expect(doc.claims.map((c) => c.text)).toContain('For more information, see');
  });

  it('leaves such paragraphs in the text when nothing before them cites by number', async () => {
    const html = page(`<h1>Class Plain</h1><div class="block"> Implements a kernel.<br/><br/>
      Ada Lind, Ben Okafor (2002). Text classification with subsequences. Journal of Kernels. 2:419-444.<br/><br/>
      C. Moreau, D. Zhou (2005). Pruning subsequence kernels. Technical report, Wien.<p/></div>`);
    const read = readHtml(html);
    expect(read.references).toBeNull();
    expect(read.blocks.map((b) => b.text.slice(0, 9))).toEqual(['Implement', 'Ada Lind,', 'C. Moreau']);
  });
});
