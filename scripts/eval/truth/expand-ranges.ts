import type { TruthCallout } from './truth-article';

/**
 * PLOS marks a range `[2]–[4]` as two callouts, to 2 and to 4, with a dash between: the reader
 * sees a range, so the truth cites 2, 3 and 4. Only single-number callouts joined by nothing but
 * a dash are a range.
 */
export function expandRanges(text: string, callouts: TruthCallout[]): TruthCallout[] {
  const out: TruthCallout[] = [];
  for (const callout of callouts) {
    const previous = out[out.length - 1];
    const between = previous ? text.slice(previous.end, callout.start).trim() : '';
    const from = previous?.targets[previous.targets.length - 1];
    const to = callout.targets[0];
    if (
      previous &&
      (between === '–' || between === '-' || between === '—') &&
      callout.targets.length === 1 &&
      from !== undefined &&
      to !== undefined &&
      to > from &&
      to - from < 100
    ) {
      const inner: number[] = [];
      for (let n = from + 1; n < to; n += 1) inner.push(n);
      out.push({ ...callout, targets: [...inner, to] });
    } else {
      out.push(callout);
    }
  }
  return out;
}
