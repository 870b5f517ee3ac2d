import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readMarkdown } from './markdown';
import { findPandocTables } from './pandoc-tables';

const LIST = [
  '## References',
  '',
  '1. Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the NYAS, 1156, 168-197.',
  '2. Diekelmann, S., & Born, J. (2010). The memory function of sleep. Nat Rev Neurosci, 11, 114-126.',
];

const blocksOf = (lines: string[]) =>
  readMarkdown(lines.join('\n')).blocks.map(({ kind, text, line }) => [kind, line, text]);

describe('Pandoc tables in Markdown', () => {
  it('reads a multiline table as rows by its columns, its caption a header, its last row no heading', () => {
    const blocks = blocksOf([
      'Sleep is studied in many ways [1].',
      '',
      '--------------------------------------------',
      'Study            Finding',
      '\\                (adults)',
      '---------------- ---------------------------',
      '`Walker`*        Sleep aids recall of',
      '                 word pairs [1]',
      '',
      '\\                Naps help too [2]',
      '',
      'Diekelmann       \\',
      '--------------------------------------------',
      '',
      'Table: Studies of sleep',
      '',
      'Both agree.',
      '',
      ...LIST,
    ]);
    expect(blocks).toEqual([
      ['paragraph', 1, 'Sleep is studied in many ways [1].'],
      ['table-header', 4, 'Study | Finding (adults)'],
      ['table-row', 7, 'Walker* | Sleep aids recall of word pairs [1]'],
      ['table-row', 10, 'Naps help too [2]'],
      ['table-row', 12, 'Diekelmann'],
      ['table-header', 15, 'Studies of sleep'],
      ['paragraph', 17, 'Both agree.'],
    ]);
  });

  it('reads a simple table: one header line, one row per line, columns where the dashes are', () => {
    const blocks = blocksOf([
      'Table: Two studies',
      '',
      '  Right     Left',
      '-------     ------',
      '     12     naps [2]',
      '    123     recall [1]',
      '',
      'After the table.',
      '',
      ...LIST,
    ]);
    expect(blocks).toEqual([
      ['table-header', 1, 'Two studies'],
      ['table-header', 3, 'Right | Left'],
      ['table-row', 5, '12 | naps [2]'],
      ['table-row', 6, '123 | recall [1]'],
      ['paragraph', 8, 'After the table.'],
    ]);
  });

  it('reads a grid table, the rows above its "=" border as its header', () => {
    const blocks = blocksOf([
      '+-----------+----------------------+',
      '| Study     | Finding              |',
      '+===========+======================+',
      '| Walker    | recall [1]           |',
      '|           | in adults            |',
      '+-----------+----------------------+',
      '| Diekelmann| naps [2]             |',
      '+-----------+----------------------+',
      '',
      ...LIST,
    ]);
    expect(blocks).toEqual([
      ['table-header', 2, 'Study | Finding'],
      ['table-row', 4, 'Walker | recall [1] in adults'],
      ['table-row', 7, 'Diekelmann | naps [2]'],
    ]);
  });

  it('makes a claim of each row, none of the header or a caption, and cites per row', async () => {
    const text = [
      'Sleep matters.',
      '',
      '---------------------------',
      'Study        Finding',
      '------------ --------------',
      'Walker       recall [1]',
      '',
      'Diekelmann   naps [2]',
      '---------------------------',
      '',
      'Table: Two studies of sleep',
      '',
      '| Study | Finding |',
      '| --- | --- |',
      '| Walker | recall |',
      '',
      'Table: Reviewed in [2]',
      '',
      ...LIST,
    ].join('\n');
    const doc = await parseArticleBytes(new TextEncoder().encode(text), { slug: 't', name: 't.md' });
    expect(doc.claims.map((c) => [c.block, c.text, c.cites])).toEqual([
      ['paragraph', 'Sleep matters.', []],
      ['table-row', 'Walker | recall [1]', [1]],
      ['table-row', 'Diekelmann | naps [2]', [2]],
      ['table-row', 'Walker | recall', []],
      // A caption that cites states something: a claim, as a paragraph under a pipe table.
      ['paragraph', 'Table: Reviewed in [2]', [2]],
    ]);
  });

  it('leaves what looks like a table inside code, and a thematic break between paragraphs, alone', () => {
    const blocks = blocksOf([
      'Output of the model [1]:',
      '',
      '```',
      '  term     estimate',
      '-------    --------',
      '  sleep    0.4',
      '```',
      '',
      'One paragraph.',
      '',
      '--- ---',
      '',
      'Another paragraph [2].',
      '',
      ...LIST,
    ]);
    expect(blocks).toEqual([
      ['paragraph', 1, 'Output of the model [1]:'],
      ['paragraph', 9, 'One paragraph.'],
      ['paragraph', 13, 'Another paragraph [2].'],
    ]);
  });

  it('takes no closing line past prose wider than the table: that opening was no table', () => {
    const blocks = blocksOf([
      'Intro [1].',
      '',
      '----- -----',
      'A paragraph of prose that runs well past the width of the dashes above it, as prose does [2].',
      '',
      '---',
      '',
      'After.',
      '',
      ...LIST,
    ]);
    expect(blocks.map(([kind]) => kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('keeps front matter front matter and a table missing its closing line as it was', () => {
    expect(findPandocTables(['---', 'title: "Sleep"', '---', '', 'Text.'])).toEqual([]);
    // A multiline table must close; without its closing dashes nothing is a table.
    expect(findPandocTables(['-----------', 'A     B', '----- -----', 'x     y', '', 'z     w'])).toEqual([]);
  });

  it('drops Pandoc attributes from a heading', () => {
    const blocks = blocksOf([
      '## Mcmc Argument {#mcmcarg}',
      '',
      'Text [1].',
      '',
      '# Results {.tabset}',
      '',
      'More [2].',
      '',
      ...LIST,
    ]);
    expect(blocks.filter(([kind]) => kind === 'heading').map(([, , text]) => text)).toEqual([
      'Mcmc Argument',
      'Results',
    ]);
  });
});

describe('Pandoc tables in hostile Markdown', () => {
  // Each of these was quadratic in a first version (every opening searched to the end for its
  // closing line; every line tested against every table): no timing is asserted, a regression
  // shows as a test that does not end in its time.
  it.each([
    ['100,000 openings and no closing', '\n-- --\nx\n'],
    ['100,000 grid borders over open rows', '\n+--+\n|x\n'],
  ])(
    'reads %s without finding a table',
    (_name, unit) => {
      const doc = readMarkdown(`Claim [1].\n${unit.repeat(100_000)}\n\n[1] Doe, J. (2000). T. J, 1, 2.\n`);
      expect(doc.blocks[0]?.text).toBe('Claim [1].');
      expect(doc.blocks.some((b) => b.kind === 'table-row')).toBe(false);
      expect(doc.references).toHaveLength(1);
    },
    60_000,
  );

  it('reads 20,000 small grid tables, each a row', () => {
    const doc = readMarkdown(
      `Claim [1].\n${'\n+--+--+\n|a |b |\n+--+--+\n'.repeat(20_000)}\n[1] Doe, J. (2000). T. J, 1, 2.\n`,
    );
    expect(doc.blocks.filter((b) => b.kind === 'table-row')).toHaveLength(20_000);
    expect(doc.references).toHaveLength(1);
  }, 60_000);
});
