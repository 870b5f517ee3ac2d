import { describe, expect, it } from 'vitest';
import { ArticleParseError } from '../errors';
import { detectFormat, isArticleFileName } from './detect-format';

const bytes = (text: string) => new TextEncoder().encode(text);
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as ArticleParseError;
  }
  throw new Error('not refused');
};

describe('detectFormat', () => {
  it('goes by the extension for text formats', () => {
    expect(detectFormat(bytes('Men withdraw.'), 'a.txt')).toBe('text');
    expect(detectFormat(bytes('# Title'), 'a.md')).toBe('markdown');
    expect(detectFormat(bytes('<p>x</p>'), 'a.htm')).toBe('html');
    expect(detectFormat(bytes('<article/>'), 'a.nxml')).toBe('jats');
  });

  it('lets the content decide for markup, whatever the name says', () => {
    expect(detectFormat(bytes('\uFEFF  <!DOCTYPE html><html><body/></html>'), 'page.txt')).toBe('html');
    const jats = '<?xml version="1.0"?>\n<!DOCTYPE article PUBLIC "-//NLM//DTD JATS" "x.dtd">\n<article>';
    expect(detectFormat(bytes(jats), 'download')).toBe('jats');
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'upload')).toBe('docx');
  });

  it('refuses PDF, old Word and unknown formats, naming the formats it reads', () => {
    for (const [content, name] of [
      [bytes('%PDF-1.7'), 'paper.pdf'],
      [bytes('%PDF-1.7'), 'paper.txt'],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.doc'],
      [bytes('a,b'), 'sheet.xlsx'],
    ] as const) {
      const error = refusal(() => detectFormat(content, name));
      expect(error).toBeInstanceOf(ArticleParseError);
      expect(error.code).toBe('unsupported_format');
      expect(error.message).toContain('Markdown (.md), HTML (.html, .htm), Word (.docx) and JATS XML');
    }
  });

  it('says a password-protected .docx is encrypted, not unsupported', () => {
    const error = refusal(() => detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'draft.docx'));
    expect(error.code).toBe('malformed');
    expect(error.message).toContain('password-protected');
  });

  it('picks article files out of a folder by their endings', () => {
    expect(
      ['a.txt', 'b.md', 'c.docx', 'd.nxml', 'e.HTML', 'a.concepts.json', 'f.pdf'].filter(isArticleFileName),
    ).toEqual(['a.txt', 'b.md', 'c.docx', 'd.nxml', 'e.HTML']);
  });
});
