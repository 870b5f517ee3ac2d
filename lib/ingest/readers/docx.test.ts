import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readDocx } from './docx';

/*
 * The fixture is written here with the `docx` package: a title, a heading, two cited paragraphs
 * (one with a footnote), a References heading and two "[n]" entries. What it must give is stated
 * from that text, not from a run of the reader.
 */
async function articleDocx(): Promise<Uint8Array> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('A footnote on the method.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Sleep and Memory', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Sleep helps memory consolidation in adults [1].'),
          new Paragraph({ text: 'Evidence', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [new TextRun('Naps improve recall in students [2].'), new FootnoteReferenceRun(1)],
          }),
          new Paragraph({ text: 'References', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('[1] Walker, M. P. (2009). The role of sleep in cognition. Annals, 1156, 168-197.'),
          new Paragraph(
            '[2] Diekelmann, S., & Born, J. (2010). The memory function of sleep. Nat Rev Neurosci, 11, 114-126.',
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const zipOf = async (files: Record<string, string | Uint8Array>) => {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
};

describe('readDocx', () => {
  it('reads headings, paragraphs, the footnote as a note and the reference list', async () => {
    const doc = await readDocx(await articleDocx());
    expect(doc.format).toBe('docx');
    expect(doc.title).toBe('Sleep and Memory');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Sleep helps memory consolidation in adults [1].'],
      ['heading', 'Evidence'],
      // The footnote's callout stays as its number, not as a bracket taken for a citation.
      ['paragraph', 'Naps improve recall in students [2].1'],
      ['note', 'A footnote on the method.'],
    ]);
    expect(doc.referencesHeading).toBe('References');
    expect(doc.references?.map((r) => r.number)).toEqual([1, 2]);
  });

  it('gives the claims through parseArticleBytes', async () => {
    const doc = await parseArticleBytes(await articleDocx(), { slug: 'sleep', name: 'sleep.docx' });
    expect(doc.claims.map((c) => c.cites)).toEqual([[1], [2]]);
  });

  it('refuses a corrupt zip, a zip that is no Word file, too many entries and a zip bomb', async () => {
    const refusal = async (bytes: Uint8Array) => {
      try {
        await readDocx(bytes);
      } catch (error) {
        return error as { code: string; message: string };
      }
      throw new Error('not refused');
    };
    const corrupt = await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
    expect(corrupt.code).toBe('malformed');
    expect((await refusal(await zipOf({ 'a.txt': 'x' }))).message).toContain('not a Word document');
    const many = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`f${i}.xml`, 'x']));
    expect((await refusal(await zipOf(many))).message).toContain('1001 files');
    const bomb = await refusal(await zipOf({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }));
    expect(bomb.code).toBe('malformed');
    expect(bomb.message).toContain('zip bomb');
  });
});
