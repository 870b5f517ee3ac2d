import { describe, expect, it } from 'vitest';
import { expectSame, randomStrings } from '@/lib/text/equivalence.test-support';
import { atxHeading } from './atx-heading';
import { stripInlineMarkdown } from './inline-markdown';

// The expressions these scanners replaced, kept as the reference they must agree with; since then
// a bold run closes only after a character that is neither a space nor its own mark.
const oldStrip = (text: string) =>
  text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*[^\]\d^,\s–—-][^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*(?=\S)(.+?)(?<=[^\s*])\*\*|__(?=\S)(.+?)(?<=[^\s_])__/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
const OLD_ATX = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const oldAtx = (line: string) => {
  const m = OLD_ATX.exec(line);
  return m ? { level: m[1]?.length, text: m[2] ?? '' } : null;
};

describe('stripInlineMarkdown', () => {
  it('agrees with the expressions it replaced', () => {
    const pieces = [
      '!',
      '[',
      ']',
      '(',
      ')',
      '*',
      '**',
      '_',
      '__',
      '`',
      ' ',
      'a',
      'b',
      '1',
      ',',
      '^',
      '-',
      '–',
      '\u2028',
      '\t',
    ];
    expectSame(randomStrings(pieces, 20_000, 16), oldStrip, stripInlineMarkdown);
  });

  it('keeps link text and alt text, but not a marker that links to its reference', () => {
    expect(stripInlineMarkdown('See ![a chart](c.png) and [the study](http://x) [1](#ref1).')).toBe(
      'See a chart and the study [1](#ref1).',
    );
    expect(stripInlineMarkdown('**Bold** and __this__ and `code`')).toBe('Bold and this and code');
  });
});

describe('atxHeading', () => {
  it('agrees with the expression it replaced', () => {
    const pieces = ['#', '#', ' ', '  ', '\t', 'a', 'b c', '\u2028', '##', ' #'];
    expectSame(randomStrings(pieces, 20_000, 10), oldAtx, atxHeading);
  });
});
