import type { Rng } from './prng';

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: a few works, authors and venues
 * are cited everywhere and most are cited once, as in real bibliographies. The cumulative table is
 * built once and searched by bisection, so a draw costs O(log n).
 */
export function zipfSampler(n: number, s: number): (rng: Rng) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) {
    total += 1 / (rank + 1) ** s;
    cumulative[rank] = total;
  }
  return (rng) => {
    const target = rng.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Draws `count` distinct ranks (fewer if the pool is smaller), in draw order. */
export function distinctDraws(
  draw: (rng: Rng) => number,
  rng: Rng,
  count: number,
  poolSize: number,
): number[] {
  const wanted = Math.min(count, poolSize);
  const seen = new Set<number>();
  let attempts = 0;
  while (seen.size < wanted && attempts < wanted * 50) {
    seen.add(draw(rng));
    attempts++;
  }
  return [...seen];
}
