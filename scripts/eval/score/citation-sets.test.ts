import { describe, expect, it } from 'vitest';
import { citationSets, sameSets } from './citation-sets';

describe('citation sets', () => {
  it('derives cited-not-listed and listed-not-cited from what is listed and cited', () => {
    expect(citationSets([1, 2, 3], [[1], [1, 4], []])).toEqual({
      listed: [1, 2, 3],
      cited: [1, 4],
      citedNotListed: [4],
      listedNotCited: [2, 3],
    });
  });

  it('counts an article exact only when all four sets agree', () => {
    const truth = citationSets([1, 2], [[1], [2]]);
    expect(sameSets(truth, citationSets([1, 2], [[2, 1]]))).toBe(true);
    expect(sameSets(truth, citationSets([1, 2], [[1]]))).toBe(false);
    expect(sameSets(truth, citationSets([1, 2, 3], [[1], [2]]))).toBe(false);
  });
});
