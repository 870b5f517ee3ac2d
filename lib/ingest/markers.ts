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

/** A range wider than this is more likely a typo than 100 sources: keep its two ends only. */
const MAX_RANGE = 100;

/*
 * A marker was one expression, `GROUP(?:\s*DASH\s*GROUP|GROUP)*`. Its loop kept a backtracking
 * entry per group, and a million "[1]-" in a row overflowed the engine's stack (a RangeError, so
 * the upload failed). Groups are now matched one at a time and joined here: the same markers.
 */
const GROUPS = new RegExp(GROUP, 'g');
const GROUP_AT = new RegExp(GROUP, 'y');
const DASH_AT = new RegExp(String.raw`\s*${DASH}\s*`, 'y');

function groupEndAt(text: string, at: number): number {
  GROUP_AT.lastIndex = at;
  return GROUP_AT.test(text) ? GROUP_AT.lastIndex : -1;
}

/** Where the marker that starts at `at` ends (its groups adjacent or joined by a dash), or -1. */
export function markerEndAt(text: string, at: number): number {
  let end = groupEndAt(text, at);
  if (end < 0) return -1;
  for (;;) {
    let next = groupEndAt(text, end);
    if (next < 0) {
      DASH_AT.lastIndex = end;
      next = DASH_AT.test(text) ? groupEndAt(text, DASH_AT.lastIndex) : -1;
    }
    if (next < 0) return end;
    end = next;
  }
}

/** Every marker of the text as [start, end), left to right. */
function markerSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  GROUPS.lastIndex = 0;
  for (let m = GROUPS.exec(text); m; m = GROUPS.exec(text)) {
    const end = markerEndAt(text, m.index);
    spans.push([m.index, end]);
    GROUPS.lastIndex = end;
  }
  return spans;
}
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
  for (const [start, end] of markerSpans(text)) {
    const raw = text.slice(start, end);
    const numbers = markerNumbers(raw);
    if (numbers.length === 0) continue;
    markers.push({ raw, numbers, start, end });
  }
  return markers;
}

/** The text with its markers taken out, for matching words (concepts, imperative verbs). */
export function stripMarkers(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const [start, end] of markerSpans(text)) {
    parts.push(text.slice(last, start), ' ');
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join('').replace(/\s+/g, ' ').trim();
}
