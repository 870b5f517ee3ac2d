import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';

/** A chapter as DocBook's XSL stylesheets write it: note callouts in the text, the notes in a <div> at its end. */
const chapter = (body: string, notes: string[]) => `<!DOCTYPE html><html><head><title>Preface</title></head>
<body><div class="book"><div class="preface"><h2 class="title">Preface</h2>
${body}
<div class="footnotes"><br /><hr class="footnote-hr" />
${notes
  .map(
    (note, i) =>
      `<div id="ftn.idm${i + 1}" class="footnote "><p><a href="#idm${i + 1}" class="para"><sup class="para">[${i + 4}] </sup></a>${note}</p></div>`,
  )
  .join('\n')}
</div></div></div></body></html>`;

const callout = (n: number) =>
  `<a href="#ftn.idm${n}" class="footnote"><sup class="footnote" id="idm${n}">[${n + 3}]</sup></a>`;

const read = (html: string) =>
  parseArticleBytes(new TextEncoder().encode(html), { name: 'preface.html', slug: 'preface' });

describe("DocBook's footnotes", () => {
  it('reads notes that give addresses as the list, each callout citing its note by place', async () => {
    const doc = await read(
      chapter(
        `<p>Files are loaded by the library of ProteoWizard${callout(1)} fame.</p>
<p>Plots are drawn with the libqcustomplot${callout(2)} library.</p>`,
        [
          '<a class="link" href="http://proteowizard.sourceforge.net/">http://proteowizard.sourceforge.net/</a>.',
          '<a class="link" href="http://qcustomplot.com/">http://qcustomplot.com/</a>.',
        ],
      ),
    );
    expect(doc.entries.map((e) => e.raw)).toEqual([
      'http://proteowizard.sourceforge.net/.',
      'http://qcustomplot.com/.',
    ]);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2]]);
  });

  it('keeps notes that are remarks as notes: no list, no citation, and the page is read, not refused', async () => {
    const doc = await read(
      chapter(
        `<p>The code length cannot be greater than the value in the spinbox${callout(1)}.</p>
<p>Cleavage occurs on the right side of each monomer${callout(2)}.</p>`,
        ['Allowing more than one letter to craft codes might seem trivial at first.', 'At every position.'],
      ),
    );
    expect(doc.entries).toEqual([]);
    expect(doc.claims.some((c) => c.cites.length > 0)).toBe(false);
    expect(doc.claims.some((c) => c.text.includes('spinbox'))).toBe(true);
  });
});

describe('a superscript set before a word', () => {
  it("is a residue's place or an isotope's mass, not a callout; one after a word still is", async () => {
    const doc = await read(`<!DOCTYPE html><html><head><title>Chemistry</title></head><body><main>
<p>The reaction involves three monomers: <sup>65</sup>\uFEFFthreonyl <sup>66</sup>&#65279;tyrosinyl and the <sup>14</sup>C label.</p>
<p>Cross-linking is well described.<sup>1</sup> It is common.<sup>2</sup></p>
<h2>References</h2><ol><li>Smith J. Cross-links. J Chem. 2001;3:1-9.</li><li>Lee K. Labels. J Chem. 2002;4:2-8.</li></ol>
</main></body></html>`);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => [c.text.slice(0, 20), c.cites])).toEqual([
      ['Cross-linking is wel', [1]],
      ['It is common.2', [2]],
    ]);
    expect(doc.references.map((r) => [r.number, r.listed])).toEqual([
      [1, true],
      [2, true],
    ]);
  });
});

describe('Word\'s footnotes, as its "Save as Web Page" writes them', () => {
  it("reads '#_ftn1' callouts as note references that cite what their note cites", async () => {
    const doc = await read(`<html><head><title>Manual</title></head><body><div class="Section1">
<p class="MsoNormal">Splint<a href="#_ftn1" name="_ftnref1" title=""><span class="MsoFootnoteReference">[1]</span></a> checks programs for security vulnerabilities.</p>
<p class="MsoNormal">Memory checks are described in detail.<a href="#_ftn2" name="_ftnref2" title=""><span class="MsoFootnoteReference">[2]</span></a></p>
<h2>References</h2>
<p class="MsoNormal">[1] Evans D. Static detection of dynamic memory errors. PLDI. 1996;31:44-53.</p>
<p class="MsoNormal">[2] Larochelle D, Evans D. Statically detecting buffer overflows. USENIX Security. 2001;10:177-190.</p>
</div>
<div style="mso-element:footnote-list"><br clear="all"><hr align="left" size="1" width="33%">
<div id="ftn1"><p class="MsoFootnoteText"><a href="#_ftnref1" name="_ftn1" title=""><span class="MsoFootnoteReference">[1]</span></a> Originally named LCLint.</p></div>
<div id="ftn2"><p class="MsoFootnoteText"><a href="#_ftnref2" name="_ftn2" title=""><span class="MsoFootnoteReference">[2]</span></a> This section is largely based on [1] and [2].</p></div>
</div></body></html>`);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => [c.text.slice(0, 20), c.cites])).toEqual([
      ['Memory checks are de', [1, 2]],
    ]);
    expect(doc.claims.some((c) => c.text.includes('Originally named'))).toBe(false);
  });
});

describe('a list named by a paragraph and indented in a <blockquote>, entries labelled "1 - "', () => {
  it('reads the definition list docutils writes there as the list, and the glued callouts as citations', async () => {
    const doc = await read(`<!DOCTYPE html><html><head><title>Deadline Task Scheduling</title></head><body>
<div role="main"><section><h1>Deadline Task Scheduling</h1>
<p>The scheduler computes a deadline (using the CBS[2,3] algorithm). Tasks are then scheduled using EDF[1].</p>
<p>References:</p>
<blockquote>
<div><dl class="simple">
<dt>1 - C. L. Liu and J. W. Layland. Scheduling algorithms for multiprogram-</dt><dd><p>ming in a hard-real-time environment. Journal of the ACM, 20(1), 1973.</p></dd>
<dt>2 - L. Abeni , G. Buttazzo. Integrating Multimedia Applications in Hard</dt><dd><p>Real-Time Systems. Proceedings of the 19th IEEE RTSS, 1998.</p></dd>
<dt>3 - L. Abeni. Server Mechanisms for Multimedia Applications. ReTiS Lab</dt><dd><p>Technical Report. http://disi.unitn.it/~abeni/tr-98-01.pdf</p></dd>
</dl></div>
</blockquote></section></div></body></html>`);
    expect(doc.references.map((r) => [r.number, r.listed])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[2, 3], [1]]);
  });
});

describe('an <ol> of works cited "(1)" by place', () => {
  it("reads the items' places as their numbers, so that parenthesised numbers cite them", async () => {
    const doc = await read(`<!DOCTYPE html><html><head><title>dns</title></head><body><main>
<h2>DESCRIPTION</h2>
<p>You should refer to (1) and (2) for information about the DNS protocol.</p>
<p>The package also supports DNS URIs (3) of the form dns:host.</p>
<h2>REFERENCES</h2>
<ol>
<li><p>Mockapetris, P., "Domain Names - Concepts and Facilities", RFC 1034, November 1987.</p></li>
<li><p>Mockapetris, P., "Domain Names - Implementation and Specification", RFC 1035, November 1987.</p></li>
<li><p>Josefsson, S., "Domain Name System Uniform Resource Identifiers", RFC 4501, May 2006.</p></li>
</ol></main></body></html>`);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2], [3]]);
  });
});

describe('a figure Word left in an unclosed <center>', () => {
  // Word's "Save as Web Page" opens <center> around a figure and never closes it: the rest of
  // the document lies inside it, and must still be read paragraph by paragraph.
  const html = `<html><head><title>Manual</title></head><body><div class="Section1">
    <p class="TextFontCX">Splint finds many kinds of errors.</p>
    <center><img width="572" height="350" src="manual_files/image003.gif">
    <center><br><br>
    <p class="MsoCaption"><a name="_Ref534821281">Figure</a> 1.&nbsp; Typical Effort-Benefit Curve</p>
    <p class="TextFontCX">Checking can be customized with flags [1].</p>
    <p class="TextFontCX">Annotations extend the checks, as earlier work showed [2].</p>
    <p class="MsoHeading7">References</p>
    <p class="TextFontCX">[1] David Evans. Using specifications to check source code. MIT/LCS/TR 628, 1994.</p>
    <p class="TextFontCX">[2] David Larochelle and David Evans. Statically detecting likely buffer overflow vulnerabilities. USENIX Security Symposium, 2001.</p>
    </div></body></html>`;

  it('reads each paragraph after the figure as a block of its own, each citing its own entry', async () => {
    const doc = await read(html);
    const cited = doc.claims.filter((c) => c.cites.length > 0).map((c) => [c.text, c.cites]);
    expect(cited).toEqual([
      ['Checking can be customized with flags [1].', [1]],
      ['Annotations extend the checks, as earlier work showed [2].', [2]],
    ]);
  });
});
