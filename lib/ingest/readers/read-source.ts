import type { SourceDocument, SourceFormat } from '../document/source-document';
import { ArticleParseError } from '../errors';
import { sourceLinesOf } from '../source-positions';
import { decodeArticleBytes, validateArticleText } from '../validate-input';
import { detectFormat, SUPPORTED_FORMATS_TEXT } from './detect-format';
import { readDocx } from './docx';
import { readHtml } from './html';
import { readJats } from './jats/read-jats';
import { readMarkdown } from './markdown';
import { readPlainText } from './plain-text';

/** Reads one format's bytes into the source document; throws ArticleParseError when it cannot. */
export type Reader = (bytes: Uint8Array) => SourceDocument | Promise<SourceDocument>;

/**
 * Text formats are decoded and checked (empty, binary, too large) the same way for all, and keep
 * their lines, on which claims are located (a binary format's reader has none to give).
 */
const textReader =
  (read: (text: string) => SourceDocument, format: SourceFormat): Reader =>
  (bytes) => {
    const text = decodeArticleBytes(bytes);
    validateArticleText(text);
    const doc = read(text);
    return { ...doc, format, sourceLines: doc.sourceLines ?? sourceLinesOf(text) };
  };

const READERS: Partial<Record<SourceFormat, Reader>> = {
  text: textReader(readPlainText, 'text'),
  markdown: textReader(readMarkdown, 'markdown'),
  html: textReader(readHtml, 'html'),
  jats: textReader(readJats, 'jats'),
  docx: readDocx,
};

/** The reader for a file, by its name and content (detect-format.ts), and what it reads. */
export async function readSource(bytes: Uint8Array, name?: string): Promise<SourceDocument> {
  const format = detectFormat(bytes, name);
  const reader = READERS[format];
  if (!reader) {
    throw new ArticleParseError('unsupported_format', [
      `${name ?? 'The file'} looks like ${format.toUpperCase()}, which cannot be read yet. Claimtrace reads ${SUPPORTED_FORMATS_TEXT}.`,
    ]);
  }
  return reader(bytes);
}
