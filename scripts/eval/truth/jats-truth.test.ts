import { describe, expect, it } from 'vitest';
import { jatsTruth } from './jats-truth';
import { blockCites, citableBlocks } from './truth-article';

const numeric = `<?xml version="1.0"?>
<article><front><article-meta><title-group><article-title>Sleep and memory</article-title></title-group></article-meta></front>
<body><sec><title>Introduction</title>
<p>Sleep helps memory <xref ref-type="bibr" rid="r1">[1]</xref>, <xref ref-type="bibr" rid="r2">[2]</xref>–<xref ref-type="bibr" rid="r4">[4]</xref>.
<list list-type="bullet"><list-item><p>Naps help too <xref ref-type="bibr" rid="r3">[3]</xref>.</p></list-item></list></p>
<fig id="f1"><label>Figure 1</label><caption><title>Recall by night.</title><p>Data from <xref ref-type="bibr" rid="r4">[4]</xref>.</p></caption></fig>
<table-wrap><caption><title>Studies.</title></caption><table><thead><tr><th>Study</th><th>N</th></tr></thead>
<tbody><tr><td>Walker <xref ref-type="bibr" rid="r2">[2]</xref></td><td>12</td></tr></tbody></table></table-wrap>
</sec></body>
<back><ack><p>Thanks <xref ref-type="bibr" rid="r1">[1]</xref>.</p></ack><ref-list>
<ref id="r1"><label>1</label><mixed-citation>Walker M (2009) Sleep. Nature 1: 2–3.</mixed-citation></ref>
<ref id="r2"><label>2</label><element-citation><person-group person-group-type="author"><name><surname>Stickgold</surname><given-names>R</given-names></name></person-group><year>2005</year><article-title>Memory</article-title><source>Nature</source><volume>437</volume><fpage>1272</fpage><lpage>1278</lpage></element-citation></ref>
<ref id="r3"><label>3</label><mixed-citation>C.</mixed-citation></ref>
<ref id="r4"><label>4</label><mixed-citation>D.</mixed-citation></ref>
</ref-list></back></article>`;

const authorDate = `<article><body><sec><title>Intro</title>
<p>Known (<xref ref-type="bibr" rid="b2">Lee et al., 2010</xref>; <xref ref-type="bibr" rid="b1">Ames, 2001</xref>).</p></sec></body>
<back><ref-list><ref id="b1"><element-citation><person-group person-group-type="author"><name><surname>Ames</surname><given-names>JK</given-names></name></person-group><year>2001</year><article-title>Title one</article-title><source>Cell</source></element-citation></ref>
<ref id="b2"><element-citation><person-group person-group-type="author"><name><surname>Lee</surname><given-names>A</given-names></name><name><surname>Kim</surname><given-names>B</given-names></name></person-group><year>2010</year><article-title>Title two</article-title></element-citation></ref></ref-list></back></article>`;

describe('jatsTruth', () => {
  const t = jatsTruth(numeric, 'n');

  it('reads the title, the style and the body blocks in order, leaving the back matter out', () => {
    expect(t.title).toBe('Sleep and memory');
    expect(t.style).toBe('numeric');
    expect(t.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'bullet',
      'caption',
      'caption',
      'caption',
      'table-header',
      'table-row',
    ]);
    expect(t.blocks.some((b) => b.text.startsWith('Thanks'))).toBe(false);
  });

  it('keeps callouts as written and expands a dashed pair into the range it shows', () => {
    const p = t.blocks[1];
    expect(p?.text).toBe('Sleep helps memory [1], [2]–[4].');
    expect(p?.callouts.map((c) => p.text.slice(c.start, c.end))).toEqual(['[1]', '[2]', '[4]']);
    expect(p && blockCites(p)).toEqual([1, 2, 3, 4]);
  });

  it('splits a list out of its paragraph and reads captions and table rows with their cells', () => {
    expect(t.blocks[2]?.text).toBe('Naps help too [3].');
    expect(t.blocks[4]?.text).toBe('Data from [4].');
    expect(t.blocks[7]).toMatchObject({ text: 'Walker [2] | 12', cells: ['Walker [2]', '12'] });
    expect(t.blocks[7]?.callouts[0]).toMatchObject({ start: 7, end: 10, targets: [2] });
    expect(citableBlocks(t).map((b) => b.kind)).not.toContain('table-header');
  });

  it('prints references: mixed citations as written, element citations from their fields', () => {
    expect(t.references[0]).toMatchObject({ number: 1, text: 'Walker M (2009) Sleep. Nature 1: 2–3.' });
    expect(t.references[1]?.text).toBe('Stickgold R (2005) Memory. Nature 437: 1272–1278.');
  });

  it('numbers an author–date list by position and prints entries author and year first', () => {
    const a = jatsTruth(authorDate, 'a');
    expect(a.style).toBe('author-date');
    expect(a.blocks[1]?.text).toBe('Known (Lee et al., 2010; Ames, 2001).');
    expect(a.blocks[1] && blockCites(a.blocks[1])).toEqual([1, 2]);
    expect(a.references.map((r) => r.text)).toEqual([
      'Ames, J. K. (2001). Title one. Cell.',
      'Lee, A., & Kim, B. (2010). Title two.',
    ]);
  });
});

describe('numeric callouts written outside their links', () => {
  it('takes the brackets into the callout and expands a range written inside one link', () => {
    const xml = `<article><body><sec><p>Spent to men [<xref ref-type="bibr" rid="b8">8–10</xref>] and [<xref ref-type="bibr" rid="b1">1</xref>,<xref ref-type="bibr" rid="b2">2</xref>].</p></sec></body>
<back><ref-list>${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `<ref id="b${n}"><label>${n}</label><mixed-citation>E${n}.</mixed-citation></ref>`).join('')}</ref-list></back></article>`;
    const p = jatsTruth(xml, 'x').blocks[0];
    expect(p?.callouts.map((c) => [p.text.slice(c.start, c.end), c.targets])).toEqual([
      ['[8–10]', [8, 9, 10]],
      ['[1', [1]],
      ['2]', [2]],
    ]);
    // What the publisher linked stays known: the xref's text, without the brackets around it.
    expect(p?.callouts.map((c) => c.link && p.text.slice(c.link.start, c.link.end))).toEqual([
      '8–10',
      '1',
      '2',
    ]);
  });

  it('keeps no separate link for a callout whose brackets are inside its xref', () => {
    const xml = `<article><body><sec><p>Men <xref ref-type="bibr" rid="b1">[1]</xref>.</p></sec></body>
<back><ref-list><ref id="b1"><label>1</label><mixed-citation>E1.</mixed-citation></ref></ref-list></back></article>`;
    expect(jatsTruth(xml, 'x').blocks[0]?.callouts).toEqual([{ start: 4, end: 7, targets: [1] }]);
  });
});

describe('formulas in running text', () => {
  it('reads an inline formula as its symbols and a formula given only as an image as nothing', () => {
    const xml = `<article xmlns:mml="http://www.w3.org/1998/Math/MathML"><body><sec><p>Ranges are <inline-formula><mml:math><mml:mi>n</mml:mi><mml:mo>∈</mml:mo></mml:math></inline-formula> [5, 80] and <inline-formula><inline-graphic/></inline-formula> here <xref ref-type="bibr" rid="b1">[1]</xref>.</p></sec></body>
<back><ref-list><ref id="b1"><label>1</label><mixed-citation>E1.</mixed-citation></ref></ref-list></back></article>`;
    const p = jatsTruth(xml, 'x').blocks[0];
    expect(p?.text).toBe('Ranges are n∈ [5, 80] and here [1].');
    expect(p?.callouts.map((c) => c.targets)).toEqual([[1]]);
  });
});

describe('reference entries without printable fields', () => {
  it('prints an NLM citation from its fields and a comment-only entry as its text', () => {
    const xml = `<article><body><sec><p>R <xref ref-type="bibr" rid="a">[1]</xref> and <xref ref-type="bibr" rid="b">[2]</xref>.</p></sec></body>
<back><ref-list><ref id="a"><label>1</label><element-citation publication-type="other"><comment>The R Project for Statistical Computing [<ext-link>http://www.R-project.org/</ext-link>]</comment></element-citation></ref>
<ref id="b"><label>2</label><nlm-citation><person-group person-group-type="author"><name><surname>Ihaka</surname><given-names>R</given-names></name></person-group><year>1996</year><article-title>R: a language</article-title><source>J Comput Graph Stat</source><volume>5</volume><fpage>299</fpage><lpage>314</lpage></nlm-citation></ref></ref-list></back></article>`;
    expect(jatsTruth(xml, 'r').references.map((r) => r.text)).toEqual([
      'The R Project for Statistical Computing [http://www.R-project.org/]',
      'Ihaka R (1996) R: a language. J Comput Graph Stat 5: 299–314.',
    ]);
  });
});

describe('reference entries as a journal prints them', () => {
  it('spaces the parts of a name its tags glue together, and prints the issue and DOI of tagged fields', () => {
    const xml = `<article><body><sec><p>A <xref ref-type="bibr" rid="a">[1]</xref> and <xref ref-type="bibr" rid="b">[2]</xref>.</p></sec></body>
<back><ref-list><ref id="a"><label>1</label><mixed-citation><name><surname>Archer</surname><given-names>D</given-names></name> (2005) Fate of CO2. J Geophys Res 110: C09S05.</mixed-citation></ref>
<ref id="b"><label>2</label><element-citation><person-group person-group-type="author"><name><surname>Ihaka</surname><given-names>R</given-names></name></person-group><year>1996</year><article-title>R: a language</article-title><source>J Comput Graph Stat</source><volume>5</volume><issue>3</issue><fpage>299</fpage><lpage>314</lpage><pub-id pub-id-type="doi">10.2307/1390807</pub-id></element-citation></ref></ref-list></back></article>`;
    expect(jatsTruth(xml, 'r').references.map((r) => r.text)).toEqual([
      'Archer D (2005) Fate of CO2. J Geophys Res 110: C09S05.',
      'Ihaka R (1996) R: a language. J Comput Graph Stat 5(3): 299–314. doi:10.2307/1390807',
    ]);
  });
});
