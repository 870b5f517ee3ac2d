import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readHtml } from './html';

/**
 * A manual page written as plain text in <PRE> blocks, each under a bold title, with upper-case
 * attribute names and a row of in-page links at its top, as old generated Fortran manuals are.
 */
const page = (
  method: string,
  extra = '',
) => `<HTML><HEAD><TITLE>FD01AD - Library Routine Documentation</TITLE></HEAD>
<BODY>
<H2><A Name="FD01AD">FD01AD</A></H2>
<H3>Fast recursive least-squares filtering</H3>
<A HREF ="#Method"><B>[Method]</B></A>
<A HREF ="#References"><B>[References]</B></A>
<A HREF ="#Example"><B>[Example]</B></A>
<P>
<B><FONT SIZE="+1">Purpose</FONT></B>
<PRE>
  To solve the least-squares filtering problem recursively in time.
  Each subroutine call implements one time update of the solution.
</PRE>
<A name="Method"><B><FONT SIZE="+1">Method</FONT></B></A>
<PRE>
${method}
</PRE>
${extra}
<A name="References"><B><FONT SIZE="+1">References</FONT></B></A>
<PRE>
  [1]  Proudler, I. K., McWhirter, J. G., and Shepherd, T. J.
       Fast QRD based algorithms for least-squares linear
       prediction. Proceedings IMA Conf. Mathematics in Signal
       Processing, Warwick, UK, December 1988.

  [2]  Regalia, P. A., and Bellanger, M. G.
       On the duality between QR methods and lattice methods in
       least-squares adaptive filtering. IEEE Trans. Signal
       Processing, SP-39, pp. 879-891, 1991.
</PRE>
<A name="Example"><B><FONT SIZE="+1">Example</FONT></B></A>
<PRE>
      CALL FD01AD( JP, L, LAMBDA, XIN, YIN, EFOR, XF, EPSBCK,
     $             CTETA, STETA, YQ, EPOS, EOUT, SALPH, IWARN, INFO )
</PRE>
</BODY></HTML>`;

const METHOD = `  Each subroutine call performs a time update of the least-squares
  filter using a fast least-squares algorithm derived from a
  QR decomposition, as described in references [1] and [2].

  For more details on reflection coefficients and tap multipliers,
  reference [2] is recommended.`;

const citing = (html: string) => {
  const doc = readHtml(html);
  return { doc, blocks: doc.blocks.filter((b) => /\[\d\]/.test(b.text)).map((b) => b.text.slice(0, 30)) };
};

describe('a manual page set in <PRE> under bold titles', () => {
  it('reads each titled block of prose as paragraphs, and the titled list as the reference list', () => {
    const { doc, blocks } = citing(page(METHOD));
    expect(blocks).toEqual(['Each subroutine call performs ', 'For more details on reflection']);
    expect(doc.references?.map((r) => r.raw.slice(0, 14))).toEqual(['[1] Proudler, ', '[2] Regalia, P']);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Fast recursive least-squares filtering',
      'Purpose',
      'Method',
      'Example',
    ]);
  });

  it('reads the row of in-page links at the top as navigation, not as paragraphs or headings', () => {
    const { doc } = citing(page(METHOD));
    expect(doc.blocks.some((b) => b.text.startsWith('[Method]') || b.text.startsWith('[References]'))).toBe(
      false,
    );
  });

  it('keeps a <pre> of code or of a program output under no title of its own out of the text', () => {
    const output =
      '<PRE>\nWarning: There were 4 divergent transitions after warmup. See the manual for\nwhy this is a problem and how to eliminate them, as described in the notes.\n</PRE>';
    const { doc } = citing(page(METHOD, `<P>The run prints:</P>${output}`));
    expect(doc.blocks.some((b) => b.text.startsWith('Warning'))).toBe(false);
    expect(doc.blocks.some((b) => b.text.startsWith('CALL FD01AD'))).toBe(false);
  });
});

describe('attribute names in upper case', () => {
  it('reads <A HREF="#ref1"> as the link it is', () => {
    const html = `<HTML><BODY><ARTICLE><P>Sleep helps memory <A HREF="#ref1">[1]</A>.</P>
      <H2>References</H2><OL><LI ID="ref1">Walker, M. (2017). Why we sleep. Scribner.</LI></OL></ARTICLE></BODY></HTML>`;
    const doc = readHtml(html);
    expect(doc.blocks.find((b) => b.text.startsWith('Sleep'))?.citations?.map((c) => c.targets)).toEqual([
      [1],
    ]);
  });
});

describe("Doxygen's sections from Fortran comments: a term over preformatted text", () => {
  const section = (term: string, body: string) =>
    `<dl class="section user"><dt>${term}</dt><dd><pre class="fragment">${body}</pre> </dd></dl>`;
  const further = section(
    'Further Details:',
    `  The orthogonal N-by-N matrix V is obtained as a product of Jacobi plane
  rotations. The rotations are implemented as fast scaled rotations of
  Anda and Park [1]. Pivot strategy uses column interchanges of de Rijk [2].
  The computational range for the nonzero singular values is the machine
  number interval ( UNDERFLOW , OVERFLOW ).`,
  );
  const references = section(
    'References:',
    ` [1] A. A. Anda and H. Park: Fast plane rotations with dynamic scaling.
     SIAM J. matrix Anal. Appl., Vol. 15 (1994), pp. 162-174.
 [2] P. P. M. De Rijk: A one-sided Jacobi algorithm for computing the
     singular value decomposition on a vector computer.
     SIAM J. Sci. Stat. Comp., Vol. 10 (1998), pp. 359-371.`,
  );
  const page = (body: string) => `<html><body><div class="contents">${body}
<dl class="params"><dt>Parameters</dt><dd><table class="params"><tr><td class="paramname">LWORK</td><td><pre class="fragment">          LWORK is INTEGER</pre></td></tr></table></dd></dl>
</div></body></html>`;

  it('reads the prose under "Further Details:" as paragraphs and the works under "References:" as the list', () => {
    const doc = readHtml(page(further + references));
    expect(doc.blocks.filter((b) => /\[\d\]/.test(b.text)).map((b) => b.text)).toEqual([
      'The orthogonal N-by-N matrix V is obtained as a product of Jacobi plane rotations. The rotations are implemented as fast scaled rotations of Anda and Park [1]. Pivot strategy uses column interchanges of de Rijk [2]. The computational range for the nonzero singular values is the machine number interval ( UNDERFLOW , OVERFLOW ).',
    ]);
    expect(doc.references?.map((r) => r.raw.slice(0, 24))).toEqual(
      ['[1] A. A. Anda and H. Par', '[2] P. P. M. De Rijk: A o'].map((s) => s.slice(0, 24)),
    );
  });

  it('reads works that end the prose of one block, under no heading, as the list, the prose kept', async () => {
    const purpose = section(
      'Purpose:',
      ` With the choice of the matrix S above, the diagonal element at each
 step of Gaussian elimination is the largest in the column, so that no
 pivoting is required for numerical stability [1].

 For more details on the recursive LU algorithm, see [2].

 [1] "Reconstructing Householder vectors from tall-skinny QR",
     G. Ballard, J. Demmel, L. Grigori, J. Parallel Distrib. Comput.,
     vol. 85, pp. 3-31, 2015.

 [2] "Recursion leads to automatic variable blocking for dense linear
     algebra algorithms", F. Gustavson, IBM J. of Res. and Dev.,
     vol. 41, no. 6, pp. 737-755, 1997.`,
    );
    const parsed = await parseArticleBytes(new TextEncoder().encode(page(purpose)), {
      name: 'dlaorhr.html',
      slug: 'dlaorhr',
    });
    expect(parsed.references.map((r) => r.number)).toEqual([1, 2]);
    expect(
      parsed.claims.filter((c) => c.cites.length > 0).map((c) => [c.text.slice(0, 20), c.cites]),
    ).toEqual([
      ['With the choice of t', [1]],
      ['For more details on ', [2]],
    ]);
  });
});
