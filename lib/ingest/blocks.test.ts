import { describe, expect, it } from 'vitest';
import { type SourceLine, splitBlocks } from './blocks';

function lines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ text: t, number: i + 1 }));
}

describe('splitBlocks', () => {
  it('finds plain headings, paragraphs and both kinds of list item', () => {
    const blocks = splitBlocks(
      lines(
        [
          'Intro sentence one. Intro two',
          'continues here.',
          '',
          'A Plain Heading',
          '',
          'Here are the signs:',
          '',
          '  • First sign',
          '  - Second sign',
          '* Third sign',
          '  1. Lead with compassion. Realize it. [12]',
          '2) Second step',
          '   wrapped onto a new line.',
        ].join('\n'),
      ),
    );
    expect(blocks.map((b) => [b.type, b.text, b.line])).toEqual([
      ['paragraph', 'Intro sentence one. Intro two continues here.', 1],
      ['heading', 'A Plain Heading', 4],
      ['paragraph', 'Here are the signs:', 6],
      ['bullet', 'First sign', 8],
      ['bullet', 'Second sign', 9],
      ['bullet', 'Third sign', 10],
      ['numbered', 'Lead with compassion. Realize it. [12]', 11],
      ['numbered', 'Second step wrapped onto a new line.', 12],
    ]);
  });

  it('reads Markdown headings, setext headings, bold headings, emphasis and links', () => {
    const blocks = splitBlocks(
      lines(
        [
          '# Title',
          '## Section *one*',
          'Setext',
          '------',
          '**Bold heading**',
          '',
          'See **this** [study](https://x.org) and [1](#ref-1).',
          '```',
          'code is skipped',
          '```',
          '> Quoted text.',
        ].join('\n'),
      ),
    );
    expect(blocks.map((b) => [b.type, b.text, b.level ?? null])).toEqual([
      ['heading', 'Title', 1],
      ['heading', 'Section *one*', 2],
      ['heading', 'Setext', 2],
      ['heading', 'Bold heading', 2],
      ['paragraph', 'See this study and [1](#ref-1).', null],
      ['paragraph', 'Quoted text.', null],
    ]);
  });

  it('does not take sentences, marked lines or long lines for headings', () => {
    const blocks = splitBlocks(lines('A short sentence.\n\nHe shuts down[8]\n\nwhat about lower case'));
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('takes no line with an author–date callout for a heading: it is a row written without pipes', () => {
    const blocks = splitBlocks(
      lines(
        'Algoriphagus alkaliphilus AC-74 | AJ717393 | Tiago et al. (2006) | +\n\nStrains from 2006 | Lab',
      ),
    );
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'heading']);
  });

  it('takes a line that opens "First, we …" or "In general, a …" for a sentence without its stop', () => {
    const blocks = splitBlocks(
      lines(
        'First, we load in `qqconf`\n\nNext, you fit the model\n\nSleep, memory and mood\n\nFirst, Results\n\nIn general, a co-ordinate sequence',
      ),
    );
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'heading', 'heading', 'paragraph']);
  });

  it('takes a line that ends on "via", "the", "and" or "as" for a sentence cut off before its code', () => {
    const blocks = splitBlocks(
      lines(
        'A summary of the fitted model is obtained via\n\nThe Model and the Data\n\nPlotting with\n\nIt can be estimated as',
      ),
    );
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
  });

  it('takes a line stating a value ("MaximumHandshakeLength = 8192", "x ≤ 4") for no heading', () => {
    const blocks = splitBlocks(
      lines(
        'The constants used are as follows:\n\n     MaximumHandshakeLength = 8192\n\nHandshake Padding\n\n  x ≤ 4',
      ),
    );
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'The constants used are as follows:'],
      ['paragraph', 'MaximumHandshakeLength = 8192'],
      ['heading', 'Handshake Padding'],
      ['paragraph', 'x ≤ 4'],
    ]);
  });

  it('reads a title underlined with "~" or "^" as a heading, not as a code fence opening', () => {
    const blocks = splitBlocks(
      lines(
        'Regressions: a big problem\n~~~~~~~~~~~~~~~~~~~~~~~~~~\n\nRegressions are a big problem [1].\n\nUse cases\n^^^^^^^^^\n\nA use case.\n\n~~~\ncode, not text\n~~~\n\nAfter the code.',
      ),
    );
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['heading', 'Regressions: a big problem'],
      ['paragraph', 'Regressions are a big problem [1].'],
      ['heading', 'Use cases'],
      ['paragraph', 'A use case.'],
      ['paragraph', 'After the code.'],
    ]);
  });

  it('takes a title-case question on its own line for a heading, a plain question not', () => {
    const blocks = splitBlocks(lines('What Is Emotional Unavailability?\n\nIs he distant from you lately?'));
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph']);
  });
});

describe('splitBlocks: tables and notes', () => {
  it('reads lines of " | " cells in a run as a table written without end pipes, the label row its header', () => {
    const blocks = splitBlocks(
      lines(
        [
          'Strains tested.',
          '',
          'Strain | Accession | Source',
          '',
          'Algoriphagus AC-74 | AJ717393 | Tiago et al. (2006)',
          '',
          'Cyclobacterium LMG 13164 | | [4]',
          '',
          'China | 2 |',
          '',
          'Results',
        ].join('\n'),
      ),
    );
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'Strains tested.'],
      ['table-header', 'Strain | Accession | Source'],
      ['table-row', 'Algoriphagus AC-74 | AJ717393 | Tiago et al. (2006)'],
      ['table-row', 'Cyclobacterium LMG 13164 | | [4]'],
      ['table-row', 'China | 2 |'],
      ['heading', 'Results'],
    ]);
    expect(blocks[1]?.level).toBeUndefined();
  });

  it('keeps a first row of numbers a row, and lines whose cell counts differ what they were', () => {
    const rows = splitBlocks(lines('Group A | 12 | 0.4\n\nGroup B | 15 | 0.6'));
    expect(rows.map((b) => b.type)).toEqual(['table-row', 'table-row']);
    const mixed = splitBlocks(lines('Sleep and Memory | Review\n\nA | B | C\n\nWhat Came Next'));
    expect(mixed.map((b) => b.type)).toEqual(['heading', 'heading', 'heading']);
  });

  it('makes each "|" row a block, the row above the delimiter a header, the delimiter nothing', () => {
    const blocks = splitBlocks(
      lines(
        [
          'Results by group:',
          '',
          '| Group | Effect | Source |',
          '|:------|-------:|--------|',
          '| Sleep | large | Walker [1] |',
          '| Diet | small \\| none | Lee [2] |',
          '',
          'After the table.',
        ].join('\n'),
      ),
    );
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'Results by group:'],
      ['table-header', 'Group | Effect | Source'],
      ['table-row', 'Sleep | large | Walker [1]'],
      ['table-row', 'Diet | small | none | Lee [2]'],
      ['paragraph', 'After the table.'],
    ]);
  });

  it('reads a footnote definition in the middle of the text as a note, with its continuation', () => {
    const blocks = splitBlocks(
      lines(
        [
          'Sleep matters.[^1]',
          '',
          '[^1]: Smith, J. (2001). Sleep.',
          '    More detail.',
          '',
          'Next paragraph.',
        ].join('\n'),
      ),
    );
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'Sleep matters.[^1]'],
      ['note', 'Smith, J. (2001). Sleep. More detail.'],
      ['paragraph', 'Next paragraph.'],
    ]);
  });
});
