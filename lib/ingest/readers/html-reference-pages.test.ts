import { describe, expect, it } from 'vitest';
import { auditArticle } from '../../audit/audit-article';
import { parseArticleBytes } from '../parse-article';
import { readHtml } from './html';

/**
 * Generated reference pages (BoostBook, Doxygen, Sphinx themes): text in tables inside table
 * cells, a site menu in the title bar's cells, displayed formulas laid out as tables, and lists
 * given again under each member.
 */
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`;

const parse = (html: string) =>
  parseArticleBytes(new TextEncoder().encode(html), { slug: 't', name: 't.html' });

describe('a table inside a table cell', () => {
  it('is read after its row, each of its rows a block, its callouts kept', () => {
    const html = page(`<h1>Constructor</h1>
      <p>Constructs the distribution from the iterator pair given, which must be valid [1].</p>
      <table class="variablelist"><tr><td><p>Template Parameters:</p></td>
      <td><div class="variablelist"><table class="variablelist"><tr><td><p>ProbIterT</p></td>
      <td><p>Must meet the requirements of the InputIterator concept [1].</p></td></tr></table></div></td></tr></table>
      <h2>References</h2><ol><li>ISO, Programming languages - C++, ISO/IEC 14882, 2014.</li></ol>`);
    const rows = readHtml(html).blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((b) => b.text)).toEqual([
      'Template Parameters: | ',
      'ProbIterT | Must meet the requirements of the InputIterator concept [1].',
    ]);
  });

  it('keeps a list in a cell as blocks of its own (the <h1> is the title)', () => {
    const html = page(`<h1>Options</h1><table><tr><td>--segments</td><td><div><ul>
      <li>Reads anchor segments from a file instead of seeding.</li>
      <li>Replaces every other option about seeding.</li></ul></div></td></tr></table>`);
    expect(readHtml(html).blocks.map((b) => b.text)).toEqual([
      '--segments | ',
      'Reads anchor segments from a file instead of seeding.',
      'Replaces every other option about seeding.',
    ]);
  });
});

describe('a site menu in a cell of the title bar', () => {
  it('is navigation: none of its links becomes a block (the <h1> is the title)', () => {
    const html = page(`<div id="titlearea"><table><tr><td>A Network Simulator</td>
      <td id="menu-cell"><div class="menu"><ul><li><a href="/">Home</a></li>
      <li><span>Documentation ▼</span><div><a href="/manual">Manual</a><br/><a href="/wiki">Wiki</a></div></li></ul></div></td></tr></table></div>
      <h1>Cobalt</h1><p>This chapter describes the queue disc and how it is used.</p>`);
    expect(readHtml(html).blocks.map((b) => b.text)).toEqual([
      'A Network Simulator | ',
      'This chapter describes the queue disc and how it is used.',
    ]);
  });
});

describe('a displayed formula that HeVeA lays out as tables', () => {
  it('reads a superscript in its cells as a power, not a callout', async () => {
    const html = page(`<h1>Maps</h1><p>The radius shrinks as the map is trained [1].</p>
      <table class="display dcenter"><tr><td class="dcell">R = </td><td class="dcell"><table><tr>
      <td>N<sub>x</sub><sup>2</sup> + N<sub>y</sub><sup>2</sup></td></tr></table></td></tr></table>
      <h2>References</h2><ol><li>T. Kohonen. Self-Organizing Maps. Springer, 1997.</li><li>J. Other. A second work. Springer, 1998.</li></ol>`);
    const cited = (await parse(html)).claims.filter((c) => c.cites.length > 0);
    expect(cited.map((c) => c.text)).toEqual(['The radius shrinks as the map is trained [1].']);
  });
});

describe('a one-item list lettered "a." under "References:"', () => {
  it('stays a list: a lower-case letter is no initial', () => {
    const html = page(`<h1>Constructor</h1><p>Given by the brace-init-list (ISO, 2014) as written.</p>
      <p>References:</p><div class="orderedlist"><ol class="orderedlist" type="a"><li class="listitem">
      <p>ISO, <em>ISO/IEC 14882-2014: Information technology - Programming languages - C++</em>, 2014</p></li></ol></div>`);
    expect(readHtml(html).references?.map((r) => r.raw)).toEqual([
      'ISO, ISO/IEC 14882-2014: Information technology - Programming languages - C++, 2014',
    ]);
  });
});

describe('lists given again under each member, cited by name and year', () => {
  const iso = `<p>References:</p><div class="orderedlist"><ol class="orderedlist" type="a"><li class="listitem">
    <p>ISO, <em>ISO/IEC 14882-2014: Information technology - Programming languages - C++</em>, 2014</p></li></ol></div>`;
  const html = page(`<h1>hyperexponential_distribution</h1><h2>Description</h2>
    <p>CPU service times often follow such a distribution (Rosin,1965), as do arrivals (Allen,1990; Wolski et al.,2013).</p>
    <p>References:</p><div class="orderedlist"><ol class="orderedlist" type="1">
    <li class="listitem"><p>A.O. Allen, <em>Probability, Statistics, and Queuing Theory</em>, Academic Press, 1990.</p></li>
    <li class="listitem"><p>R.F. Rosin, Determining a computing center environment, Communications of the ACM 8(7):463-468, 1965.</p></li></ol></div>
    <h2>Members</h2><div class="orderedlist"><ol class="orderedlist" type="1">
    <li class="listitem"><p>The rate vector is given by the brace-init-list (ISO,2014,sec. 8.5.4 [dcl.init.list]) defined by l1.</p>${iso}</li>
    <li class="listitem"><p>The phase probabilities are given by the brace-init-list (ISO,2014,sec. 8.5.4 [dcl.init.list]) defined by l2.</p>${iso}</li>
    </ol></div>`);

  it('numbers the entries across the lists, and a work given again keeps its first number', async () => {
    const doc = await parse(html);
    expect(doc.entries.map((e) => [e.number, e.raw.slice(0, 8)])).toEqual([
      [1, 'A.O. All'],
      [2, 'R.F. Ros'],
      [3, 'ISO, ISO'],
      [3, 'ISO, ISO'],
    ]);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2, 4], [3], [3]]);
  });

  it('audits a callout of the work given again as naming one work, not an ambiguous callout', async () => {
    const findings = auditArticle(await parse(html)).findings;
    expect(findings.ambiguous_callout).toEqual([]);
    expect(findings.numbering.map((f) => f.message)).toEqual(['[3] has 2 entries in the reference list']);
  });

  it('leaves per-list numbers alone where the text cites by number', async () => {
    const numeric = html.replace('(Rosin,1965)', '[2]').replace('(Allen,1990; Wolski et al.,2013)', '[1]');
    const doc = await parse(numeric);
    expect(doc.entries.map((e) => e.number)).toEqual([1, 2, 1, 1]);
  });
});

describe('a superscript number against a list cited by name and year', () => {
  const readme = (list: string) =>
    page(`<h1>vsearch</h1><p>Test datasets were obtained from the BioMarks project (Logares et al. 2014)
      and the <a href="https://example.org/pr2">Protist Ribosomal Reference Database (PR<sup>1</sup>)</a> (Guillou et al. 2013).</p>
      <h2>References</h2>${list}`);
  const entries = [
    'Edgar RC (2010) Search and clustering orders of magnitude faster than BLAST. Bioinformatics, 26: 2460-2461.',
    'Guillou L, Bachar D, Audic S (2013) The Protist Ribosomal Reference database. Nucleic Acids Research, 41: D597-D604.',
    'Logares R, Audic S, Bass D (2014) Patterns of rare and abundant marine microbial eukaryotes. Current Biology, 24: 813-821.',
  ];

  it('is part of a name, not a callout, where no entry is numbered', async () => {
    const doc = await parse(readme(`<ul>${entries.map((e) => `<li><p>${e}</p></li>`).join('')}</ul>`));
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[2, 3]]);
  });

  it('is a callout where the list is numbered', async () => {
    const doc = await parse(readme(`<ol>${entries.map((e) => `<li><p>${e}</p></li>`).join('')}</ol>`));
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2, 3]]);
  });
});

describe("a member's declaration as Doxygen sets it", () => {
  it('is code, as a <pre> is: none of its rows becomes a block', () => {
    const html = page(`<h1>dgesvj</h1><h2>Function Documentation</h2>
      <div class="memitem"><div class="memproto"><table class="memname">
      <tr><td class="memname">subroutine dgesvj </td><td>(</td><td class="paramtype">character*1&#160;</td><td class="paramname"><em>JOBA</em>, </td></tr>
      <tr><td class="paramkey"></td><td></td><td class="paramtype">integer&#160;</td><td class="paramname"><em>M</em>, </td></tr></table></div>
      <div class="memdoc"><p>DGESVJ computes the singular value decomposition of a real matrix.</p></div></div>`);
    const texts = readHtml(html).blocks.map((b) => b.text);
    expect(texts).toContain('DGESVJ computes the singular value decomposition of a real matrix.');
    expect(texts.filter((t) => t.includes('dgesvj') || t.includes('integer'))).toEqual([]);
  });
});

describe("texinfo's footnotes after a references chapter", () => {
  it('are read as text of their own, not as one entry holding them all', () => {
    const html = page(`<div class="chapter"><h2>Intro</h2>
      <p>Consider the data from Rice (1995) and from Silvey (1970) in what follows here.</p></div>
      <div class="appendix" id="References"><h2 class="appendix">References</h2>
      <p>John A. Rice (1995), <em>Mathematical Statistics and Data Analysis.</em> Duxbury Press, Belmont, CA.</p>
      <p>S. D. Silvey (1970), <em>Statistical Inference.</em> Penguin, London.</p></div>
      <div class="footnote"><hr><h4 class="footnotes-heading">Footnotes</h4>
      <h5><a id="FOOT1" href="#DOCF1">(1)</a></h5><p>ACM Software Systems award, 1998: <a href="https://awards.acm.org/x">https://awards.acm.org/x</a>.</p>
      <h5><a id="FOOT2" href="#DOCF2">(2)</a></h5><p>For portable R code only A–Z should be used.</p>
      <h5><a id="FOOT3" href="#DOCF3">(3)</a></h5><p>Not inside strings, nor within the argument list of a function.</p></div>`);
    const read = readHtml(html);
    expect(read.references?.map((r) => r.raw.slice(0, 12))).toEqual(['John A. Rice', 'S. D. Silvey']);
    expect(read.blocks.map((b) => b.text)).toContain('For portable R code only A–Z should be used.');
  });
});

describe('a definition list of works written with terms and loose text', () => {
  it('reads each term with the text after it as one entry, the first included', () => {
    const html = page(`<h1>Random</h1><p>This is useful in functional programs [1,4] and robust [2,3].</p>
      <h3>References</h3>
      <DL><DT>
      [1]
      </DT>
       FW Burton and RL Page, "Distributed random number generation", Journal of Functional Programming, 2(2):203-212, April 1992.<p>
      <DT>[2]</DT> SK Park, and KW Miller, "Random number generators - good ones are hard to find", Comm ACM 31(10), Oct 1988.<p>
      <DT>[3]</DT> DG Carta, "Two fast implementations", Comm ACM, 33(1), Jan 1990, pp87-88.<p>
      <DT>[4]</DT> P Hellekalek, "Don't trust parallel Monte Carlo", ACM SIGSIM Simulation Digest 28(1), July 1998.
      </DL><p>The Web site is a great source of information.<p>`);
    expect(readHtml(html).references?.map((r) => r.raw.slice(0, 12))).toEqual([
      '[1] FW Burto',
      '[2] SK Park,',
      '[3] DG Carta',
      '[4] P Hellek',
    ]);
  });
});

describe('a field after the one entry a "References" rubric heads', () => {
  it('ends the list: "SeeAlso:" and its text are no entry', () => {
    const html =
      page(`<h1>dict_union</h1><p>Combines dictionaries, as described at the address below and in [DictView].</p>
      <p class="rubric">References</p>
      <p><a class="reference external" href="https://stackoverflow.com/questions/38987/merge-two-dict">https://stackoverflow.com/questions/38987/merge-two-dict</a></p>
      <dl class="simple"><dt>SeeAlso:</dt><dd><p>collections.ChainMap() - a standard python builtin data structure that provides a view of several dicts.</p></dd></dl>
      <p class="rubric">References</p>
      <div role="list" class="citation-list"><div class="citation" id="dictview" role="doc-biblioentry">
      <span class="label"><span class="fn-bracket">[</span>DictView<span class="fn-bracket">]</span></span>
      <p>https://docs.python.org/3.0/library/stdtypes.html#dictionary-view-objects</p></div></div>`);
    const read = readHtml(html);
    expect(read.references?.some((r) => r.raw.includes('SeeAlso'))).toBe(false);
    expect(read.blocks.map((b) => b.text).some((t) => t.includes('ChainMap'))).toBe(true);
  });
});

describe('list items and their anchors left unclosed', () => {
  it('links each callout to the item its anchor names, as a browser shows the list', async () => {
    const html = page(`<h1>State Threads</h1>
      <p>The Apache Web Server 1.x (<A HREF=#refs1>[Reference 1]</A>) uses the MP architecture.</p>
      <p>The basics are described in Comer and Stevens <A HREF=#refs2>[Reference 2]</A>.</p>
      <p>For non-blocking I/O see Stevens <A HREF=#refs3>[Reference 3]</A>.</p>
      <H3>References</H3>
      <OL>
      <A NAME="refs1">
      <LI> Apache Software Foundation, <A HREF="http://www.apache.org">http://www.apache.org</A>.
      <A NAME="refs2">
      <LI> Douglas E. Comer, David L. Stevens, <I>Internetworking With TCP/IP, Vol. III</I>, Second Edition, Ch. 8, 12.
      <A NAME="refs3">
      <LI> W. Richard Stevens, <I>UNIX Network Programming</I>, Second Edition, Vol. 1, Ch. 15.
      </OL>`);
    const doc = await parse(html);
    expect(doc.entries.map((e) => e.raw.slice(0, 12))).toEqual([
      'Apache Softw',
      'Douglas E. C',
      'W. Richard S',
    ]);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2], [3]]);
  });
});

describe('works labelled [1], [2] under no heading that are bare addresses', () => {
  it('are the list, after the rule that ends the text', async () => {
    const html = page(`<h1>Xenstore migration</h1>
      <p>The design for Non-Cooperative Migration of Guests[1] explains the extra records.</p>
      <p>Allowed quota names are those named in [2] for the quota commands.</p>
      <hr />
      <p>[1] See https://xenbits.xen.org/gitweb/?p=xen.git;a=blob;f=docs/designs/non-cooperative-migration.md</p>
      <p>[2] https://wiki.xen.org/wiki/XenBus</p>`);
    const doc = await parse(html);
    expect(doc.entries.map((e) => e.raw.slice(0, 8))).toEqual(['[1] See ', '[2] http']);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2]]);
  });
});
