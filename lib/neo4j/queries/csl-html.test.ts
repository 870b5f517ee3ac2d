import { describe, it } from 'vitest';
import { expectSame, randomStrings } from '@/lib/text/equivalence.test-support';
import { cslEntry, splitItalics, stripTags } from './csl-html';

describe('csl-html scanners', () => {
  const pieces = ['<div', ' class="csl-entry"', '>', '</div>', '<i>', '</i>', '<', 'a', ' ', '<>', '\n'];
  const inputs = randomStrings(pieces, 20_000, 12);

  it('agree with the expressions they replaced', () => {
    expectSame(
      inputs,
      (h) => /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(h)?.[1] ?? '',
      cslEntry,
    );
    expectSame(inputs, (h) => h.split(/(<i>[\s\S]*?<\/i>)/), splitItalics);
    expectSame(inputs, (h) => h.replace(/<[^>]+>/g, ''), stripTags);
  });
});
