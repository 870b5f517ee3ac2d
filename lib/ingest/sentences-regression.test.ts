import { describe, expect, it } from 'vitest';
import golden from './segmentation-cases/golden-rules.json';
import knownFailures from './segmentation-cases/known-failures.json';
import science from './segmentation-cases/scientific-prose.json';
import { splitSentences } from './sentences';

/**
 * The segmentation regression suite: the English Golden Rules of pragmatic_segmenter (as published
 * with pySBD, source in the data file) and scientific prose. Every case runs; the ones listed in
 * known-failures.json must still fail (so the list is kept true) and the pass rate of each set is
 * printed and held above the rate measured when the list was written.
 */
const known = new Set(knownFailures.failures.map((f) => f.id));

const sets = [
  { name: 'Golden Rules (English)', cases: golden.cases, floor: 36 / 48 },
  { name: 'Scientific prose', cases: science.cases, floor: 1 },
];

describe.each(sets)('$name', ({ name, cases, floor }) => {
  const passes = (c: (typeof cases)[number]) =>
    JSON.stringify(splitSentences(c.text)) === JSON.stringify(c.sentences);

  it.each(cases.filter((c) => !known.has(c.id)))('$id', (c) => {
    expect(splitSentences(c.text)).toEqual(c.sentences);
  });

  it.each(cases.filter((c) => known.has(c.id)))('$id is still a known failure', (c) => {
    expect(passes(c)).toBe(false);
  });

  it(`passes at least ${Math.round(floor * 100)} % of the cases`, () => {
    const passed = cases.filter(passes).length;
    console.log(`${name}: ${passed}/${cases.length} (${((100 * passed) / cases.length).toFixed(1)} %)`);
    expect(passed / cases.length).toBeGreaterThanOrEqual(floor);
  });
});
