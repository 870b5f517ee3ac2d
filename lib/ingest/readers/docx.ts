import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import type { SourceDocument } from '../document/source-document';
import { ArticleParseError } from '../errors';
import { MAX_ARTICLE_BYTES } from '../validate-input';
import { applyCitationFields } from './docx-citations';
import { type FieldScan, scanFields } from './docx-fields';
import { notesAsReferences } from './docx-note-references';
import { headerRowsTransform, scanHeaderRows } from './docx-table-headers';
import { readHtmlTree } from './html-blocks';
import { checkZip, readZipTexts } from './zip-guard';

const NOTE_PARTS = ['word/footnotes.xml', 'word/endnotes.xml'];
const NO_FIELDS: FieldScan = { citations: [], bibliography: null, skipped: 0 };

/** The body's header-row switches; none when saxes cannot read it (mammoth's reading stands). */
function headerRowsOf(xml: string | undefined): boolean[] {
  if (!xml) return [];
  try {
    return scanHeaderRows(xml);
  } catch {
    return [];
  }
}

/** A part's citation fields; a part saxes cannot read gives none (mammoth has read its text). */
function fieldsOf(xml: string | undefined): FieldScan {
  if (!xml) return NO_FIELDS;
  try {
    return scanFields(xml);
  } catch {
    return NO_FIELDS;
  }
}

/**
 * A Word (.docx) file: its zip checked first (zip-guard.ts), then turned into HTML by mammoth
 * (headings by their Word styles, lists, tables, footnotes and endnotes as a list of notes with
 * their callouts) and read by the block walker shared with the HTML reader. Zotero, Mendeley and
 * EndNote citation fields and Mendeley Cite's content controls, whose data mammoth drops, are
 * read from the XML parts themselves (docx-fields.ts) and become exact callouts linked to the
 * reference list (docx-citations.ts).
 * With no list, notes that look like reference entries are the list (docx-note-references.ts).
 * Header rows are taken from the XML's own switches (docx-table-headers.ts), not from mammoth's.
 */
export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    throw new ArticleParseError('too_large', [
      `It is ${mb(bytes.byteLength)}; the limit is ${mb(MAX_ARTICLE_BYTES)}.`,
    ]);
  }
  const names = await checkZip(bytes);
  if (!names.includes('word/document.xml')) {
    throw new ArticleParseError('malformed', [
      'It is a zip archive but not a Word document (it has no word/document.xml).',
    ]);
  }
  const parts = await readZipTexts(bytes, ['word/document.xml', ...NOTE_PARTS]);
  const documentXml = parts.get('word/document.xml');
  let html: string;
  try {
    const transformDocument = headerRowsTransform(headerRowsOf(documentXml));
    html = (
      await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes) },
        { externalFileAccess: false, transformDocument },
      )
    ).value;
  } catch (error) {
    throw new ArticleParseError('malformed', [
      `Its Word content cannot be read (${(error as Error).message}).`,
    ]);
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const read = readHtmlTree(document.body, null);
  if (read.blocks.length === 0) throw new ArticleParseError('empty', ['The Word document has no text.']);
  const body = fieldsOf(documentXml);
  const notes = NOTE_PARTS.map((name) => fieldsOf(parts.get(name)));
  const noteFields: FieldScan = {
    citations: notes.flatMap((n) => n.citations),
    bibliography: null,
    skipped: notes.reduce((sum, n) => sum + n.skipped, 0),
  };
  return { format: 'docx', ...notesAsReferences(applyCitationFields(read, body, noteFields)) };
}
