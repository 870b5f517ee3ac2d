import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { jatsTruth } from '../truth/jats-truth';
import { calloutRuns } from './callout-runs';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';
import { SAMPLE } from './sample-article';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('renderers', () => {
  it('plain text: blocks on their own lines, callouts as written, a numbered list at the end', () => {
    const r = renderText(SAMPLE);
    expect(r.name).toBe('sample.txt');
    expect(decode(r.bytes)).toBe(
      `${[
        'Sleep and memory',
        '',
        'Introduction',
        '',
        'Sleep helps memory [1], [2]–[4].',
        '',
        '- Naps help [3].',
        '',
        'Study | N',
        '',
        'Walker [2] | 12',
        '',
        'References',
        '',
        '1. Walker M (2009) Sleep. Nature 1: 2–3.',
        '2. Stickgold R (2005) Memory. Nature 437: 1272–1278.',
        '3. Mednick S (2003) Naps. Nat Neurosci 6: 697–698.',
        '4. Diekelmann S (2010) Sleep. Nat Rev Neurosci 11: 114–126.',
      ].join('\n')}\n`,
    );
  });

  it('Markdown: headings, a list, a GFM table and a References section', () => {
    const md = decode(renderMarkdown(SAMPLE).bytes);
    expect(md).toContain('# Sleep and memory\n\n## Introduction\n\nSleep helps memory [1], [2]–[4].');
    expect(md).toContain('- Naps help [3].');
    expect(md).toContain('| Study | N |\n| --- | --- |\n| Walker [2] | 12 |');
    expect(md).toContain('## References\n\n1. Walker M (2009)');
  });

  it('HTML: callouts linked to the entries of an ordered list that carry the anchors', () => {
    const html = decode(renderHtml(SAMPLE).bytes);
    expect(html).toContain(
      '<p>Sleep helps memory <a href="#ref-1">[1]</a>, <a href="#ref-2">[2]</a>–<a href="#ref-4">[4]</a>.</p>',
    );
    expect(html).toContain('<ul><li>Naps help <a href="#ref-3">[3]</a>.</li></ul>');
    expect(html).toContain(
      '<tr><th>Study</th><th>N</th></tr><tr><td>Walker <a href="#ref-2">[2]</a></td><td>12</td></tr>',
    );
    expect(html).toContain('<ol><li id="ref-1">Walker M (2009) Sleep. Nature 1: 2–3.</li>');
  });

  it('HTML: brackets the publisher set outside its links stay outside them, in text and tables', () => {
    const refs = Array.from(
      { length: 48 },
      (_, i) => `<ref id="b${i + 1}"><label>${i + 1}</label><mixed-citation>E.</mixed-citation></ref>`,
    );
    const xref = (n: number) => `<xref ref-type="bibr" rid="b${n}">${n}</xref>`;
    const xml = `<article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front>
<body><sec><p>Latency [${xref(46)}–${xref(48)}].</p>
<table-wrap><table><tbody><tr><td>σ</td><td>[${xref(19)}, ${xref(20)}]</td></tr></tbody></table></table-wrap></sec></body>
<back><ref-list>${refs.join('')}</ref-list></back></article>`;
    const html = decode(renderHtml(jatsTruth(xml, 'x')).bytes);
    expect(html).toContain('<p>Latency [<a href="#ref-46">46</a>–<a href="#ref-48">48</a>].</p>');
    expect(html).toContain('<td>[<a href="#ref-19">19</a>, <a href="#ref-20">20</a>]</td>');
  });

  it('docx: numeric callouts as superscripts, a References heading and typed entries', async () => {
    const r = await renderDocx(SAMPLE);
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(r.bytes) });
    expect(value).toContain('<h1>Introduction</h1>');
    expect(value).toContain('<p>Sleep helps memory<sup>1,2–4</sup>.</p>');
    expect(value).toContain('<li>Naps help<sup>3</sup>.</li>');
    expect(value).toContain('<h1>References</h1><p>1. Walker M (2009) Sleep. Nature 1: 2–3.</p>');
  });

  it('superscript runs leave author–date callouts and unrelated text alone', () => {
    const text = 'As shown (Lee, 2010).';
    expect(calloutRuns(text, [{ start: 10, end: 19, targets: [1] }], false)).toEqual([
      { text, superscript: false },
    ]);
    expect(
      calloutRuns(
        'A [1] and B [2].',
        [
          { start: 2, end: 5, targets: [1] },
          { start: 12, end: 15, targets: [2] },
        ],
        true,
      ),
    ).toEqual([
      { text: 'A', superscript: false },
      { text: '1', superscript: true },
      { text: ' and B', superscript: false },
      { text: '2', superscript: true },
      { text: '.', superscript: false },
    ]);
  });
});
