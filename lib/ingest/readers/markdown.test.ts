import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readMarkdown } from './markdown';
import { readPlainText } from './plain-text';

const fixture = (name: string) => readFileSync(`tests/fixtures/formats/${name}`);

describe('readMarkdown', () => {
  it('reads headings, paragraphs, list items, tables and footnotes, skipping code', () => {
    const doc = readMarkdown(fixture('article.md').toString('utf8'));
    expect(doc.title).toBe('Sleep and Memory');
    expect(doc.blocks.map(({ kind, text, line }) => [kind, line, text])).toEqual([
      ['paragraph', 3, 'Sleep helps memory consolidation in adults.[1] It is not the only factor [2].'],
      ['heading', 5, 'Evidence'],
      ['bullet', 7, 'Naps improve recall in students [3].'],
      ['bullet', 8, 'Sleep deprivation harms attention[^4].'],
      ['numbered', 10, 'Consolidation happens during slow-wave sleep [1].'],
      ['table-header', 12, 'Study | Finding'],
      ['table-row', 14, 'Walker 2009 | Sleep aids recall [1]'],
      ['table-row', 15, 'Diekelmann 2010 | Naps help [3]'],
      ['note', 21, 'A footnote explaining the attention result.'],
    ]);
    expect(doc.referencesHeading).toBe('## References');
    expect(doc.references?.map((r) => [r.number, r.line])).toEqual([
      [1, 25],
      [2, 26],
      [3, 27],
      [4, 28],
    ]);
  });

  it('gives claims and their citations through parseArticleBytes; notes and header rows are no claims', async () => {
    const doc = await parseArticleBytes(fixture('article.md'), { slug: 'sleep', name: 'article.md' });
    expect(doc.claims.map((c) => [c.block, c.cites])).toEqual([
      ['paragraph', [1]],
      ['paragraph', [2]],
      ['bullet', [3]],
      ['bullet', [4]],
      ['numbered', [1]],
      ['table-row', [1]],
      ['table-row', [3]],
    ]);
    expect(doc.claims.some((c) => c.text.includes('footnote'))).toBe(false);
    expect(doc.claims.some((c) => c.text.includes('Code is skipped'))).toBe(false);
  });

  it('makes a claim of a header row that cites, and none of one that does not', async () => {
    const text = [
      'Sleep helps memory [1].',
      '',
      '| Walker [1] | Diekelmann [2] |',
      '| --- | --- |',
      '| recall | naps |',
      '',
      '| Study | Finding |',
      '| --- | --- |',
      '| Walker | recall [1] |',
      '',
      '## References',
      '',
      '[1] Walker, M. P. (2009). The role of sleep in cognition. Annals, 1156, 168-197.',
      '[2] Diekelmann, S., & Born, J. (2010). The memory function of sleep. Nat Rev Neurosci, 11, 114-126.',
    ].join('\n');
    const doc = await parseArticleBytes(new TextEncoder().encode(text), { slug: 'rows', name: 'rows.md' });
    expect(doc.claims.map((c) => [c.block, c.text, c.cites])).toEqual([
      ['paragraph', 'Sleep helps memory [1].', [1]],
      ['table-row', 'Walker [1] | Diekelmann [2]', [1, 2]],
      ['table-row', 'recall | naps', []],
      ['table-row', 'Walker | recall [1]', [1]],
    ]);
  });

  it('keeps a link to a reference anchor as its callout and flattens other links', () => {
    const doc = readMarkdown(
      'Naps help [1](#ref-1) and [sleep](https://x.org) too.\n\n[1] Doe, J. (2000). T. J, 1, 2.\n',
    );
    expect(doc.blocks[0]?.text).toBe('Naps help [1] and sleep too.');
    expect(doc.references).toHaveLength(1);
  });

  it('gives the seed article the same blocks and references as the plain-text reader', () => {
    const text = readFileSync('graph/corpus/emotionally-unavailable-men.txt', 'utf8');
    const markdown = readMarkdown(text);
    const plain = readPlainText(text);
    const shape = (d: typeof plain) =>
      d.blocks.map(({ kind, text: t, line, level }) => ({ kind, t, line, level }));
    expect(shape(markdown)).toEqual(shape(plain));
    expect(markdown.references).toEqual(plain.references);
    expect(markdown.title).toBe(plain.title);
  });

  it('cuts a Pandoc inline note out of its sentence under a list of its own, the sentence citing what it cites', async () => {
    const text = [
      'Sleep helps memory [1]. S3 methods^[For example, `summary(x)` dispatches; see [2].] are listed with `code[1]` after.',
      '',
      '## References',
      '',
      '1. Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the NYAS, 1156, 168-197.',
      '2. Diekelmann, S., & Born, J. (2010). The memory function of sleep. Nat Rev Neurosci, 11, 114-126.',
    ].join('\n');
    const [paragraph] = readMarkdown(text).blocks;
    // The code left is the code after the note, where it now stands; the note's went with it.
    expect(paragraph?.code?.map((c) => paragraph.text.slice(c.start, c.end))).toEqual(['code[1]']);
    expect(readMarkdown(text).blocks.map(({ kind, text: t }) => [kind, t])).toEqual([
      ['paragraph', 'Sleep helps memory [1]. S3 methods* are listed with code[1] after.'],
      ['note', 'For example, summary(x) dispatches; see [2].'],
    ]);
    const doc = await parseArticleBytes(new TextEncoder().encode(text), {
      slug: 'inline',
      name: 'inline.md',
    });
    expect(doc.claims.map((c) => [c.text, c.cites])).toEqual([
      ['Sleep helps memory [1].', [1]],
      ['S3 methods* are listed with code[1] after.', [2]],
    ]);
  });

  it.each([
    ['5,000 nested quotes', `${'> '.repeat(5000)}Deep claim [1].`],
    ['40,000 emphasis marks in a row', `${'*'.repeat(20000)}Deep claim [1].${'*'.repeat(20000)}`],
    ['20,000 unclosed emphasis marks', `Deep claim [1]. ${'*a '.repeat(20000)}`],
    ['20,000 nested brackets', `Deep claim [1]. ${'['.repeat(20000)}x${']'.repeat(20000)}`],
  ])('reads %s line by line instead of handing them to the parser', (_name, body) => {
    const doc = readMarkdown(`${body}\n\n[1] Doe, J. (2000). T. J, 1, 2.\n`);
    expect(doc.format).toBe('markdown');
    expect(doc.blocks[0]?.text).toContain('Deep claim [1].');
    expect(doc.references).toHaveLength(1);
  });
});

describe('entries whose label is a link, alone on its line, the work indented below', () => {
  it('reads them as entries of the list, as the plain ones beside them', () => {
    const doc = readMarkdown(`# Nanopass

The framework is described in \\[1, 2, 3\\], with a test compiler.

References
===========

[[1]](https://dl.acm.org/citation.cfm?id=2500618)
    A. Keep and R. K. Dybvig. A Nanopass Compiler for Commercial Compiler
    Development. In ICFP '13, New York, NY, USA, 2013. ACM.

[2] A. Keep. A Nanopass Framework for Commercial Compiler Development.
    Doctoral dissertation, Indiana University, 2013.

[[3]](https://dl.acm.org/citation.cfm?id=1016878)
    D. Sarkar, O. Waddell, and R. K. Dybvig. A nanopass infrastructure for
    compiler education. In ICFP '04, pages 201-212, 2004. ACM.
`);
    expect(doc.references?.map((r) => [r.number, r.raw.slice(0, 12)])).toEqual([
      [1, '[1] A. Keep '],
      [2, '[2] A. Keep.'],
      [3, '[3] D. Sarka'],
    ]);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'The framework is described in [1, 2, 3], with a test compiler.',
    ]);
  });
});
