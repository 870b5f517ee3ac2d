import { expect } from 'vitest';

/*
 * Equivalence checks for the scanners that replaced backtracking expressions: the old expression,
 * kept in the test as the reference, and the new code must agree on many short random strings made
 * of the characters (and pieces) that matter to the pattern. Short strings, because the old
 * expressions are slow on long ones: that is the point of the change.
 */

/** mulberry32: a small seeded generator, so a failure repeats. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` strings of up to `maxPieces` pieces drawn from `pieces`, always the same for a seed. */
export function randomStrings(pieces: readonly string[], count = 4000, maxPieces = 14, seed = 7): string[] {
  const next = generator(seed);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const length = Math.floor(next() * (maxPieces + 1));
    let s = '';
    for (let i = 0; i < length; i++) s += pieces[Math.floor(next() * pieces.length)];
    out.push(s);
  }
  return out;
}

/** Every input where `reference` and `candidate` disagree, with both answers (empty when none). */
export function disagreements<T>(
  inputs: readonly string[],
  reference: (s: string) => T,
  candidate: (s: string) => T,
): { input: string; reference: T; candidate: T }[] {
  const out: { input: string; reference: T; candidate: T }[] = [];
  for (const input of inputs) {
    const a = reference(input);
    const b = candidate(input);
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ input, reference: a, candidate: b });
  }
  return out;
}

export function expectSame<T>(
  inputs: readonly string[],
  reference: (s: string) => T,
  candidate: (s: string) => T,
) {
  expect(disagreements(inputs, reference, candidate).slice(0, 3)).toEqual([]);
}
