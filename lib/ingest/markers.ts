import type { MarkerRecord } from './graph-document';

/**
 * Numbered citation markers. One bracket group is "[1]", "[1,2]", "[1, 2]", "[1-3]", "[1–3]" or a
 * Markdown footnote "[^1]"; a marker is a run of groups written as one unit: "[1][2]" (adjacent)
 * or "[1]–[3]" (a range across brackets). "[1] [2]" is two markers. Only digits qualify, so "[sic]"
 * or "[citation needed]" never count.
 */
const NUMBER = String.raw`\d{1,4}`;
const DASH = '[-–—]';
const ITEM = String.raw`${NUMBER}(?:\s*${DASH}\s*${NUMBER})?`;
const GROUP = String.raw`\[\^?\s*${ITEM}(?:\s*,\s*${ITEM})*\s*\]`;
export const MARKER_SOURCE = String.raw`${GROUP}(?:\s*${DASH}\s*${GROUP}|${GROUP})*`;

/** A range wider than this is more likely a typo than 100 sources: keep its two ends only. */
const MAX_RANGE = 100;

// Shared global pattern: matchAll clones it and replace resets it, so its lastIndex never leaks.
const MARKERS = new RegExp(MARKER_SOURCE, 'g');
/*
 * One bracket group with the dash before it, if any. "(?:(dash)\s*)?" rather than "(dash)?\s*": the
 * spaces belong to the dash, so a run of spaces before "-" is not tried once from each space.
 */
const GROUP_AFTER_DASH = new RegExp(`(?:(${DASH})\\s*)?(${GROUP})`, 'g');
const ITEMS = new RegExp(`(${NUMBER})(?:\\s*${DASH}\\s*(${NUMBER}))?`, 'g');

function pushRange(out: number[], from: number, to: number): void {
  if (to >= from && to - from <= MAX_RANGE) {
    for (let n = from; n <= to; n++) out.push(n);
  } else {
    out.push(from, to);
  }
}

/** Every number a marker names, ranges expanded, in written order, without duplicates or zero. */
export function markerNumbers(raw: string): number[] {
  const out: number[] = [];
  const groups = [...raw.matchAll(GROUP_AFTER_DASH)];
  let previousLast: number | null = null;
  for (const [, dash, group = ''] of groups) {
    const items = [...group.matchAll(ITEMS)];
    items.forEach(([, a = '', b], index) => {
      const from = Number(a);
      // "[1]–[3]": the dash between brackets spans from the previous group's last number.
      if (index === 0 && dash && previousLast !== null) pushRange(out, previousLast, from);
      if (b === undefined) out.push(from);
      else pushRange(out, from, Number(b));
      previousLast = b === undefined ? from : Number(b);
    });
  }
  return [...new Set(out)].filter((n) => n > 0);
}

/** The markers in a piece of text, with offsets into that text. */
export function findMarkers(text: string): MarkerRecord[] {
  const markers: MarkerRecord[] = [];
  for (const match of text.matchAll(MARKERS)) {
    const numbers = markerNumbers(match[0]);
    if (numbers.length === 0) continue;
    markers.push({ raw: match[0], numbers, start: match.index, end: match.index + match[0].length });
  }
  return markers;
}

/** The text with its markers taken out, for matching words (concepts, imperative verbs). */
export function stripMarkers(text: string): string {
  return text.replace(MARKERS, ' ').replace(/\s+/g, ' ').trim();
}
