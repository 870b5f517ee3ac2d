import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import type { SourceDocument } from '../document/source-document';
import { ArticleParseError } from '../errors';
import { MAX_ARTICLE_BYTES } from '../validate-input';
import { readHtmlTree } from './html-blocks';
import { checkZip } from './zip-guard';

/**
 * A Word (.docx) file: its zip checked first (zip-guard.ts), then turned into HTML by mammoth
 * (headings by their Word styles, lists, tables, footnotes and endnotes as a list of notes with
 * their callouts) and read by the block walker shared with the HTML reader.
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
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { externalFileAccess: false })).value;
  } catch (error) {
    throw new ArticleParseError('malformed', [
      `Its Word content cannot be read (${(error as Error).message}).`,
    ]);
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const read = readHtmlTree(document.body, null);
  if (read.blocks.length === 0) throw new ArticleParseError('empty', ['The Word document has no text.']);
  return { format: 'docx', ...read };
}
