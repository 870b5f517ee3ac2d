import {
  Document,
  EndnoteReferenceRun,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readDocx } from './docx';

/*
 * Word files with footnotes and endnotes, written with the `docx` package: a reference after a
 * full stop, one inside a sentence, notes that cite and notes that only comment. What each must
 * give is stated from the text as written.
 */

interface Fixture {
  body: (TextRun | FootnoteReferenceRun | EndnoteReferenceRun)[][];
  footnotes?: string[];
  endnotes?: string[];
  references: string[];
}

async function notesDocx({ body, footnotes = [], endnotes = [], references }: Fixture) {
  const notes = (texts: string[]) =>
    Object.fromEntries(texts.map((t, i) => [i + 1, { children: [new Paragraph(t)] }]));
  const doc = new Document({
    footnotes: notes(footnotes),
    endnotes: notes(endnotes),
    sections: [
      {
        children: [
          new Paragraph({ text: 'Sleep and Memory', heading: HeadingLevel.HEADING_1 }),
          ...body.map((children) => new Paragraph({ children })),
          new Paragraph({ text: 'References', heading: HeadingLevel.HEADING_2 }),
          ...references.map((r) => new Paragraph(r)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const NUMERIC = [
  '[1] Walker, M. P. (2009). The role of sleep in cognition. Annals, 1156, 168-197.',
  '[2] Diekelmann, S., & Born, J. (2010). The memory function of sleep. Nat Rev Neurosci, 11, 114-126.',
];
const AUTHOR_DATE = [
  'Diekelmann, S., & Born, J. (2010). The memory function of sleep. Nat Rev Neurosci, 11, 114-126.',
  'Walker, M. P. (2009). The role of sleep in cognition. Annals, 1156, 168-197.',
];

const claimsOf = async (fixture: Fixture) =>
  (await parseArticleBytes(await notesDocx(fixture), { slug: 'sleep', name: 'sleep.docx' })).claims.map(
    (c) => [c.text, c.cites],
  );

describe('Word footnote and endnote references', () => {
  it('mark the note number in the text as the note’s callout', async () => {
    const doc = await readDocx(
      await notesDocx({
        body: [
          [new TextRun('Sleep helps memory.'), new FootnoteReferenceRun(1), new TextRun(' Naps help [2].')],
        ],
        footnotes: ['Measured in adults only.'],
        references: NUMERIC,
      }),
    );
    const paragraph = doc.blocks[0];
    expect(paragraph?.text).toBe('Sleep helps memory.1 Naps help [2].');
    expect(paragraph?.notes).toEqual([{ start: 19, end: 20, note: 'footnote-1' }]);
    expect(doc.blocks.find((b) => b.kind === 'note')).toMatchObject({
      text: 'Measured in adults only.',
      noteId: 'footnote-1',
    });
  });

  it('keep a reference after a full stop with the sentence it ends, which stays split from the next', async () => {
    expect(
      await claimsOf({
        body: [
          [
            new TextRun('Sleep consolidates memory.'),
            new FootnoteReferenceRun(1),
            new TextRun(' Naps improve recall in students [2].'),
          ],
        ],
        footnotes: ['Measured in adults only.'],
        references: NUMERIC,
      }),
    ).toEqual([
      ['Sleep consolidates memory.1', []],
      ['Naps improve recall in students [2].', [2]],
    ]);
  });

  it('cite what their note cites, numeric or author–date, and endnotes as footnotes', async () => {
    expect(
      await claimsOf({
        body: [
          [
            new TextRun('Sleep consolidates memory.'),
            new EndnoteReferenceRun(1),
            new TextRun(' Naps improve recall'),
            new FootnoteReferenceRun(1),
            new TextRun(' in students [2].'),
          ],
        ],
        endnotes: ['See the review [1].'],
        footnotes: ['A small sample.'],
        references: NUMERIC,
      }),
    ).toEqual([
      // mammoth numbers the notes of both kinds in one sequence, in the order they are referenced.
      ['Sleep consolidates memory.1', [1]],
      ['Naps improve recall2 in students [2].', [2]],
    ]);
    expect(
      await claimsOf({
        body: [
          [
            new TextRun('Sleep consolidates memory.'),
            new FootnoteReferenceRun(1),
            new TextRun(' Naps improve recall in students (Diekelmann & Born, 2010).'),
          ],
        ],
        footnotes: ['As reviewed by Walker (2009).'],
        references: AUTHOR_DATE,
      }),
    ).toEqual([
      ['Sleep consolidates memory.1', [2]],
      ['Naps improve recall in students (Diekelmann & Born, 2010).', [1]],
    ]);
  });
});
