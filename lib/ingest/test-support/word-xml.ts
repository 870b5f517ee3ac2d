import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';

/*
 * Word XML written by hand, for tests of what citation managers leave in a .docx: runs, complex
 * fields, paragraphs, headings, note parts. The package around it (styles, relationships) comes
 * from a document made with `docx`, so that "Heading1" is a heading and notes have their parts.
 */

export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
/** A field character; `data` is a <w:fldData> payload, as EndNote puts in a begin. */
export const fld = (type: string, data?: string) =>
  data === undefined
    ? `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`
    : `<w:r><w:fldChar w:fldCharType="${type}"><w:fldData xml:space="preserve">${data}</w:fldData></w:fldChar></w:r>`;
/** An instruction cut into runs of 200 characters, as Word does with long ones. */
export const instr = (instruction: string) => {
  const pieces: string[] = [];
  for (let i = 0; i < instruction.length; i += 200) pieces.push(instruction.slice(i, i + 200));
  return pieces.map((p) => `<w:r><w:instrText xml:space="preserve">${esc(p)}</w:instrText></w:r>`).join('');
};
/** A complex field: begin, instruction, separate, visible result, end. */
export const field = (instruction: string, result: string) =>
  `${fld('begin')}${instr(instruction)}${fld('separate')}${run(result)}${fld('end')}`;
export const para = (...content: string[]) => `<w:p>${content.join('')}</w:p>`;
export const heading = (text: string, level = 1) =>
  `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr>${run(text)}</w:p>`;
export const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

/** A footnotes or endnotes part: Word's two separators, then one note per text, ids from 1. */
export function notesXml(kind: 'footnote' | 'endnote', notes: string[]): string {
  const separators = `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;
  const own = notes.map((body, i) => `<w:${kind} w:id="${i + 1}">${body}</w:${kind}>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${kind}s ${W}>${separators}${own}</w:${kind}s>`;
}

/** A note reference run, as Word writes it in the body. */
export const noteReference = (kind: 'footnote' | 'endnote', id: number) =>
  `<w:r><w:rPr><w:rStyle w:val="${kind === 'footnote' ? 'FootnoteReference' : 'EndnoteReference'}"/></w:rPr><w:${kind}Reference w:id="${id}"/></w:r>`;

/** A .docx whose word/document.xml is `body`, with the note parts given. */
export async function docxOf(
  body: string,
  parts: { footnotes?: string; endnotes?: string } = {},
): Promise<Uint8Array> {
  const base = new Document({
    footnotes: { 1: { children: [new Paragraph('placeholder')] } },
    endnotes: { 1: { children: [new Paragraph('placeholder')] } },
    sections: [{ children: [new Paragraph({ text: 'x', heading: HeadingLevel.HEADING_1 })] }],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(base));
  zip.file('word/document.xml', documentXml(body));
  if (parts.footnotes) zip.file('word/footnotes.xml', parts.footnotes);
  if (parts.endnotes) zip.file('word/endnotes.xml', parts.endnotes);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
