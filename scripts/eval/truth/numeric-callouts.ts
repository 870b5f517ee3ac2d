import type { TruthCallout } from './truth-article';

/**
 * PLOS marks a range `[2]–[4]` as two callouts, to 2 and to 4, with a dash between: the reader
 * sees a range, so the truth cites 2, 3 and 4. Only single-number callouts joined by nothing but
 * a dash are a range.
 */
export function expandRanges(text: string, callouts: TruthCallout[]): TruthCallout[] {
  const out: TruthCallout[] = [];
  for (const callout of callouts.map((c) => widenToBrackets(text, expandInside(text, c)))) {
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

const RANGE_INSIDE = /^\[?(\d{1,4}) ?[–—-] ?(\d{1,4})\]?$/;

/** One callout written `8–10` but linked to its first entry only names the whole range. */
function expandInside(text: string, callout: TruthCallout): TruthCallout {
  const m = RANGE_INSIDE.exec(text.slice(callout.start, callout.end));
  const from = Number(m?.[1]);
  const to = Number(m?.[2]);
  if (!m || callout.targets.length !== 1 || callout.targets[0] !== from || to <= from || to - from >= 100) {
    return callout;
  }
  return { ...callout, targets: Array.from({ length: to - from + 1 }, (_, i) => from + i) };
}

/**
 * Brackets set outside the link (`[<xref>7</xref>]`) are part of the callout as a reader sees it;
 * the link itself is kept, so that a rendering links what the publisher linked.
 */
function widenToBrackets(text: string, callout: TruthCallout): TruthCallout {
  const start = text[callout.start - 1] === '[' ? callout.start - 1 : callout.start;
  const end = text[callout.end] === ']' ? callout.end + 1 : callout.end;
  if (start === callout.start && end === callout.end) return callout;
  return { ...callout, start, end, link: { start: callout.start, end: callout.end } };
}
