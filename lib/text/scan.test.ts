import { describe, expect, it } from 'vitest';
import { expectSame, randomStrings } from './equivalence.test-support';
import { forwardFinder, oneOf, replaceAround, trimEndOf, trimOf } from './scan';

describe('scan', () => {
  const inputs = randomStrings(['.', ',', ')', ' ', '\t', 'a', '-', '–'], 10_000, 12);

  it('trims a run of characters as the anchored expressions did', () => {
    expectSame(
      inputs,
      (t) => t.replace(/[.,;)]+$/, ''),
      (t) => trimEndOf(t, oneOf('.,;)')),
    );
    expectSame(
      inputs,
      (t) => t.replace(/^[\s,.;:]+|[\s,.;:]+$/g, ''),
      (t) => trimOf(t, (c) => /[\s,.;:]/.test(c)),
    );
  });

  it('replaces marks with the spaces around them as the global expressions did', () => {
    expectSame(
      inputs,
      (t) => t.replace(/\s*[-–—]\s*/g, '-'),
      (t) => replaceAround(t, /[-–—]/g, '-'),
    );
    expectSame(
      inputs,
      (t) => t.replace(/\s*,?\s*\.\s*/g, ';'),
      (t) => replaceAround(t, /\./g, ';', { comma: true }),
    );
  });

  it('finds the next match for rising positions, reading the text once', () => {
    let reads = 0;
    const text = `${'('.repeat(10_000)}x)`;
    const close = forwardFinder(text, (c) => {
      reads++;
      return c === ')';
    });
    for (let i = 0; i < 10_000; i++) expect(close(i)).toBe(10_001);
    expect(reads).toBe(10_002);
    expect(close(10_002)).toBe(-1);
  });
});
