import { describe, expect, it } from 'vitest';
import { median, p95, percentile } from './stats';

describe('percentile', () => {
  it('takes the nearest rank, so p95 of 1..100 is 95 and the median of 1..4 is 2', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(p95(hundred)).toBe(95);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN for an empty sample rather than a made-up zero', () => {
    expect(median([])).toBeNaN();
  });
});
