import { SOURCE_FORMATS, type SourceFormat } from '../document/source-document';
import { ArticleParseError } from '../errors';

/**
 * Which reader an article needs, from its file name and its first bytes. The content decides
 * where the two disagree about markup (an .xml that is JATS, an .html that is HTML); a format no
 * reader exists for is refused with the list of those that do.
 */
const EXTENSIONS: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  xml: 'jats',
  nxml: 'jats',
};

const REFUSED: Record<string, string> = {
  pdf: 'PDF',
  doc: 'Word 97-2003 (.doc)',
  odt: 'OpenDocument text',
  rtf: 'RTF',
  epub: 'EPUB',
};

/** File name endings of the formats read, for picking article files out of a folder. */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/** Whether a file name ends like an article file that some reader reads. */
export function isArticleFileName(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extensionOf(name));
}

export const SUPPORTED_FORMATS_TEXT =
  'plain text (.txt), Markdown (.md), HTML (.html, .htm), Word (.docx) and JATS XML (.xml, .nxml)';

function extensionOf(name: string | undefined): string {
  const match = /\.([a-z0-9]{1,10})$/i.exec(name ?? '');
  return match?.[1]?.toLowerCase() ?? '';
}

/** The first characters of the content after a byte-order mark and white space, lower case. */
function head(bytes: Uint8Array): string {
  let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048));
  text = text.replace(/^\uFEFF/, '').trimStart();
  return text.slice(0, 1024).toLowerCase();
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isPdf = (b: Uint8Array) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46; // %PDF
/** An OLE2 compound file: an old .doc, or a .docx that is password-protected (encrypted). */
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

function unsupported(what: string): ArticleParseError {
  return new ArticleParseError('unsupported_format', [
    `${what} cannot be read. Claimtrace reads ${SUPPORTED_FORMATS_TEXT}.`,
  ]);
}

/**
 * A JATS file opens, after an XML declaration and comments, with its doctype or `<article>`.
 * The prolog is skipped with indexOf, not one regex: nested repetition over comments backtracks
 * exponentially on an unclosed `<!--`.
 */
function isJats(start: string): boolean {
  let rest = start.trimStart();
  if (rest.startsWith('<?xml')) {
    const end = rest.indexOf('>');
    if (end < 0) return false;
    rest = rest.slice(end + 1).trimStart();
  }
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->', 4);
    if (end < 0) return false;
    rest = rest.slice(end + 3).trimStart();
  }
  return /^<!doctype\s+article/.test(rest) || /<article[\s>]/.test(start);
}

export function detectFormat(bytes: Uint8Array, name?: string): SourceFormat {
  const ext = extensionOf(name);
  if (isPdf(bytes) || ext === 'pdf') {
    throw unsupported(
      'A PDF (its text layer loses paragraphs, superscripts and the reference list’s structure)',
    );
  }
  if (isOle(bytes)) {
    throw ext === 'docx'
      ? new ArticleParseError('malformed', [
          `${name ?? 'The file'} is a password-protected (encrypted) Word file; save it without a password and try again.`,
        ])
      : unsupported(REFUSED.doc ?? 'This file');
  }
  if (isZip(bytes)) {
    if (ext === '' || ext === 'docx') return 'docx';
    // A .txt that is a zip: its reader says the file is not text, which is what went wrong.
    const named = EXTENSIONS[ext];
    if (named) return named;
    throw unsupported(REFUSED[ext] ?? `A .${ext} file (a zip archive)`);
  }
  const refused = REFUSED[ext];
  if (refused) throw unsupported(`A file in ${refused} format`);
  const start = head(bytes);
  if (/^<!doctype\s+html|^<html[\s>]/.test(start)) return 'html';
  if (isJats(start)) return 'jats';
  const byExtension = EXTENSIONS[ext];
  if (byExtension) return byExtension;
  if (ext === '' || ext === 'text') return 'text';
  throw unsupported(`A .${ext} file`);
}

export { SOURCE_FORMATS };
