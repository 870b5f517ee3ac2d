import type { ClaimRecord, ReferenceEntryRecord } from '@/lib/ingest/graph-document';
import type { NumberingFinding } from '@/lib/schemas/audit-report';

/** Each number with the claim that first cites it, in reading order. */
export function firstCitations(claims: readonly ClaimRecord[]): { number: number; claimId: string }[] {
  const seen = new Set<number>();
  const firsts: { number: number; claimId: string }[] = [];
  for (const claim of [...claims].sort((a, b) => a.order - b.order)) {
    for (const marker of claim.markers) {
      for (const n of marker.numbers) {
        if (seen.has(n)) continue;
        seen.add(n);
        firsts.push({ number: n, claimId: claim.id });
      }
    }
  }
  return firsts;
}

/**
 * Indices of one longest strictly increasing subsequence (patience sorting, O(n log n)). The
 * numbers outside it are the fewest that, moved, would make first citations ascend: in the seed,
 * [16] and [17] (cited before [12]) rather than [12]-[15].
 */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // index into values of the smallest tail of each length
  const prev: number[] = new Array(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  let i = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
  while (i >= 0) {
    keep.add(i);
    i = prev[i] as number;
  }
  return keep;
}

/** For each index, the first later index with a smaller value, or -1 (one stack pass, O(n)). */
function nextSmaller(values: readonly number[]): number[] {
  const next: number[] = new Array(values.length).fill(-1);
  const waiting: number[] = []; // indices still looking, their values non-decreasing
  values.forEach((v, i) => {
    while (waiting.length > 0 && (values[waiting[waiting.length - 1] as number] as number) > v) {
      next[waiting.pop() as number] = i;
    }
    waiting.push(i);
  });
  return next;
}

export function outOfOrder(claims: readonly ClaimRecord[]): NumberingFinding[] {
  const firsts = firstCitations(claims);
  const numbers = firsts.map((f) => f.number);
  const keep = longestIncreasing(numbers);
  const smaller = nextSmaller(numbers);
  return firsts.flatMap((f, i) => {
    if (keep.has(i)) return [];
    const overtaken = firsts[smaller[i] as number];
    return [
      {
        type: 'out_of_order' as const,
        numbers: [f.number],
        claim_id: f.claimId,
        message: overtaken
          ? `[${f.number}] is first cited before [${overtaken.number}]`
          : `[${f.number}] is first cited out of ascending order`,
      },
    ];
  });
}

/** Numbers missing from the list between 1 and its highest entry, and numbers listed twice. */
export function listNumbering(entries: readonly ReferenceEntryRecord[]): NumberingFinding[] {
  const counts = new Map<number, number>();
  for (const e of entries) counts.set(e.number, (counts.get(e.number) ?? 0) + 1);
  const findings: NumberingFinding[] = [];
  const max = Math.max(0, ...counts.keys());
  const missing: number[] = [];
  for (let n = 1; n <= max; n++) if (!counts.has(n)) missing.push(n);
  if (missing.length > 0) {
    findings.push({
      type: 'gap',
      numbers: missing,
      claim_id: null,
      message: `the reference list skips ${missing.map((n) => `[${n}]`).join(', ')}`,
    });
  }
  for (const [n, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count > 1) {
      findings.push({
        type: 'duplicate_number',
        numbers: [n],
        claim_id: null,
        message: `[${n}] has ${count} entries in the reference list`,
      });
    }
  }
  return findings;
}
