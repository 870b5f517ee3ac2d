import { describe, expect, it } from 'vitest';
import { ArticleParseError } from './errors';
import { decodeArticleBytes, MAX_ARTICLE_BYTES, utf8ByteLength, validateArticleText } from './validate-input';

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleParseError);
    expect((error as ArticleParseError).problems.length).toBeGreaterThan(0);
    return (error as ArticleParseError).code;
  }
}

describe('validateArticleText and decodeArticleBytes', () => {
  it('accepts ordinary text, including a UTF-8 and a UTF-16 byte-order mark', () => {
    expect(decodeArticleBytes(new TextEncoder().encode('\uFEFFHello “world”.'))).toBe('Hello “world”.');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Hi.'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeArticleBytes(utf16)).toBe('Hi.');
    expect(decodeArticleBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x78, 0x94]))).toBe(
      'café “x”',
    );
  });

  it('rejects empty and whitespace-only text', () => {
    expect(codeOf(() => validateArticleText(''))).toBe('empty');
    expect(codeOf(() => decodeArticleBytes(new TextEncoder().encode(' \n\t\n')))).toBe('empty');
  });

  it('rejects NUL bytes and mostly non-text content as binary', () => {
    expect(codeOf(() => decodeArticleBytes(new Uint8Array([0x48, 0x69, 0x00, 0x21])))).toBe('binary');
    expect(codeOf(() => validateArticleText('ok\u0000'))).toBe('binary');
    const garbage = new Uint8Array(400).map((_, i) => (i % 2 === 0 ? 0xff : 0x01));
    expect(codeOf(() => decodeArticleBytes(garbage))).toBe('binary');
  });

  it('rejects more than 5 MB, counted in UTF-8 bytes', () => {
    expect(MAX_ARTICLE_BYTES).toBe(5 * 1024 * 1024);
    expect(utf8ByteLength('a“😀')).toBe(1 + 3 + 4);
    expect(codeOf(() => decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61)))).toBe(
      'too_large',
    );
    expect(codeOf(() => validateArticleText('é'.repeat(MAX_ARTICLE_BYTES / 2 + 1)))).toBe('too_large');
    expect(codeOf(() => validateArticleText('a'.repeat(MAX_ARTICLE_BYTES)))).toBeNull();
  });
});
