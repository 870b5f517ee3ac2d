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
 * Manuscripts that cite with Word's note references and write each cited work in the note, with
 * no References heading, written with the `docx` package. What each must give is stated from the
 * text as written: Word numbers the notes of each kind 1, 2, 3 in the order the text refers to
 * them.
 */

type Run = TextRun | FootnoteReferenceRun | EndnoteReferenceRun;

async function manuscript(
  body: Run[][],
  notes: { endnotes?: string[]; footnotes?: string[]; after?: string[] },
) {
  const own = (texts: string[] = []) =>
    Object.fromEntries(texts.map((t, i) => [i + 1, { children: [new Paragraph(t)] }]));
  const doc = new Document({
    endnotes: own(notes.endnotes),
    footnotes: own(notes.footnotes),
    sections: [
      {
        children: [
          new Paragraph({ text: 'Sleep and Memory', heading: HeadingLevel.HEADING_1 }),
          ...body.map((children) => new Paragraph({ children })),
          ...(notes.after ?? []).map((t, i) =>
            i === 0 ? new Paragraph({ text: t, heading: HeadingLevel.HEADING_2 }) : new Paragraph(t),
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const WALKER = 'Walker MP. The role of sleep in cognition and emotion. Ann N Y Acad Sci. 2009;1156:168-97.';
const DIEKELMANN = 'Diekelmann S, Born J. The memory function of sleep. Nat Rev Neurosci. 2010;11(2):114-26.';
const MEDNICK =
  'Mednick, S., Nakayama, K., & Stickgold, R. (2003). Sleep-dependent learning: A nap is as good as a night. Nature Neuroscience, 6(7), 697–698.';
const end = (n: number) => new EndnoteReferenceRun(n);
const text = (t: string) => new TextRun(t);

describe('Word notes that are the reference list', () => {
  it('take endnotes that are entries for the list, numbered as Word numbers them', async () => {
    // Endnote 3 is referred to first: Word numbers it 1.
    const bytes = await manuscript(
      [
        [
          text('Sleep consolidates memory.'),
          end(3),
          text(' Naps improve recall'),
          end(1),
          text(' in students.'),
        ],
        [text('Sleep after learning helps most.'), end(2)],
      ],
      { endnotes: [MEDNICK, DIEKELMANN, WALKER] },
    );
    const doc = await readDocx(bytes);
    expect(doc.references?.map((r) => [r.number, r.raw])).toEqual([
      [1, WALKER],
      [2, MEDNICK],
      [3, DIEKELMANN],
    ]);
    expect(doc.blocks.some((b) => b.kind === 'note')).toBe(false);
    expect(doc.blocks[0]?.text).toBe('Sleep consolidates memory.1 Naps improve recall2 in students.');
    expect(doc.blocks[0]?.citations).toEqual([
      { start: 26, end: 27, targets: [1] },
      { start: 47, end: 48, targets: [2] },
    ]);
    const graph = await parseArticleBytes(bytes, { slug: 'notes', name: 'notes.docx' });
    expect(graph.claims.map((c) => [c.text, c.cites])).toEqual([
      ['Sleep consolidates memory.1', [1]],
      ['Naps improve recall2 in students.', [2]],
      ['Sleep after learning helps most.3', [3]],
    ]);
    expect(graph.entries.map((e) => e.number)).toEqual([1, 2, 3]);
  });

  it('leave a commentary note a note, keeping its number, among notes that are entries', async () => {
    const bytes = await manuscript(
      [
        [text('Sleep consolidates memory.'), end(1), text(' The effect was measured in adults.'), end(2)],
        [text('Naps improve recall.'), end(3), text(' Sleep helps most after learning.'), end(4)],
      ],
      { endnotes: [WALKER, 'Children were not studied here.', MEDNICK, DIEKELMANN] },
    );
    const doc = await readDocx(bytes);
    expect(doc.references?.map((r) => r.number)).toEqual([1, 3, 4]);
    expect(doc.blocks.filter((b) => b.kind === 'note').map((b) => b.text)).toEqual([
      'Children were not studied here.',
    ]);
    expect(doc.blocks[0]?.notes).toEqual([{ start: 62, end: 63, note: 'endnote-2' }]);
    const graph = await parseArticleBytes(bytes, { slug: 'mixed', name: 'mixed.docx' });
    expect(graph.claims.map((c) => c.cites)).toEqual([[1], [], [3], [4]]);
  });

  it('number endnotes apart from footnotes, which stay notes when they comment', async () => {
    const bytes = await manuscript(
      [
        [
          text('Sleep consolidates memory.'),
          new FootnoteReferenceRun(1),
          text(' Naps improve recall.'),
          end(1),
          text(' Sleep helps most after learning.'),
          end(2),
        ],
      ],
      { endnotes: [MEDNICK, WALKER], footnotes: ['Measured in adults only.'] },
    );
    const doc = await readDocx(bytes);
    // mammoth counts both kinds in one sequence (footnote 1, endnotes 2 and 3); Word does not.
    expect(doc.blocks[0]?.text).toBe(
      'Sleep consolidates memory.1 Naps improve recall.1 Sleep helps most after learning.2',
    );
    expect(doc.blocks[0]?.notes).toEqual([{ start: 26, end: 27, note: 'footnote-1' }]);
    expect(doc.references?.map((r) => [r.number, r.raw])).toEqual([
      [1, MEDNICK],
      [2, WALKER],
    ]);
    expect(doc.blocks.find((b) => b.kind === 'note')?.text).toBe('Measured in adults only.');
  });

  it('take footnotes for the list when they are the entries', async () => {
    const bytes = await manuscript(
      [
        [
          text('Sleep consolidates memory.'),
          new FootnoteReferenceRun(1),
          text(' Naps help.'),
          new FootnoteReferenceRun(2),
        ],
      ],
      { footnotes: [WALKER, MEDNICK] },
    );
    const graph = await parseArticleBytes(bytes, { slug: 'footnotes', name: 'footnotes.docx' });
    expect(graph.entries.map((e) => [e.number, e.raw])).toEqual([
      [1, WALKER],
      [2, MEDNICK],
    ]);
    expect(graph.claims.map((c) => c.cites)).toEqual([[1], [2]]);
  });

  it('leave notes that do not look like entries as notes, with no list', async () => {
    const bytes = await manuscript(
      [[text('Sleep consolidates memory.'), end(1), text(' Naps help.'), end(2)]],
      { endnotes: ['Measured in adults only, in 2019.', 'Drink water before a nap.'] },
    );
    const doc = await readDocx(bytes);
    expect(doc.references).toBeNull();
    expect(doc.blocks.filter((b) => b.kind === 'note')).toHaveLength(2);
    expect(doc.blocks[0]?.citations).toBeUndefined();
  });

  it('leave notes alone when the document has its own reference list', async () => {
    const bytes = await manuscript([[text('Sleep consolidates memory [1].'), end(1)]], {
      endnotes: [DIEKELMANN],
      after: ['References', `[1] ${WALKER}`],
    });
    const doc = await readDocx(bytes);
    expect(doc.references?.map((r) => r.raw)).toEqual([`[1] ${WALKER}`]);
    expect(doc.blocks.find((b) => b.kind === 'note')?.text).toBe(DIEKELMANN);
  });
});
