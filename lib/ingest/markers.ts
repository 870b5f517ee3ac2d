import { isBracketedLabels } from './alphabetic-labels';
import { isBracketNotation } from './bracket-notation';
import type { MarkerRecord } from './graph-document';
import { superscriptSpans, superscriptToDigits } from './superscript-markers';

/**
 * The numeric citation marker grammar, the one place that reads markers from text
 * (docs/decisions/023-marker-grammar.md). One bracket group is "[1]", "[1,2]", "[1; 2]", "[1-3]",
 * "[1–3]" or a Markdown footnote "[^1]"; a marker is a run of groups written as one unit: "[1][2]"
 * (adjacent) or "[1]–[3]" (a range across brackets). "[1] [2]" is two markers. Only digits qualify,
 * so "[sic]" or "[citation needed]" never count. Unicode superscripts ("memory.¹²", "¹⁻³") are
 * markers too (superscript-markers.ts), and so are "(1)", "(1, 2)", "(1–3)" when the reference list
 * is numbered (MarkerContext).
 */
const NUMBER = String.raw`\d{1,4}`;
const DASH = '[-–—]';
const ITEM = String.raw`${NUMBER}(?:\s*${DASH}\s*${NUMBER})?`;
const ITEMS_IN = String.raw`${ITEM}(?:\s*[,;]\s*${ITEM})*`;
const PAREN_GROUP = String.raw`\(\s*${ITEMS_IN}\s*\)`;

/** What may open a bracket before its numbers: "[e.g., 4]", "[see also 5]", "[cf. 6, 7]". */
const PREFIX = String.raw`(?:(?:e\.g\.|i\.e\.|[Cc]f\.|[Ss]ee(?: also)?|viz\.)[,:]?\s?)?`;
/**
 * A pinpoint in a work after its number, as IEEE, ACM and mathematics write them: "[1, p. 4]",
 * "[2, pp. 4–6]", "[3, Theorem 2.1]", "[1, Sec. 2.3]", "[1, Ch. 3, p. 4]", "[3, Eq. (4)]". Its
 * digits are a place in the work, never another work.
 */
const LOCATOR_WORD =
  '(?:[Pp]p?|[Pp]ages?|[Cc]h(?:ap(?:ters?)?)?|[Ss]ec(?:tion)?s?|§§?|[Ee]q(?:n|uation)?s?|[Ff]ig(?:ure)?s?|' +
  '[Tt]ab(?:le)?s?|[Tt]hm|[Tt]heorems?|[Ll]emmas?|[Pp]rop(?:osition)?s?|[Cc]or(?:ollary)?|[Dd]ef(?:inition)?s?|' +
  '[Aa]pp(?:endix)?|[Pp]art|[Vv]ol|[Ee]xamples?|[Rr]emarks?|[Aa]lgorithms?|[Nn]otes?|[Ff]ootnotes?|[Ll]ines?|' +
  '[Cc]ol|[Pp]ara|[Ss]lides?)';
const LOCATOR = String.raw`,\s?${LOCATOR_WORD}\.?\s?\(?\d[\w.:–-]{0,12}\)?`;
/** One work in a bracket, with what may come before and after its number. */
const CITED_ITEM = `${PREFIX}${ITEM}(?:${LOCATOR}){0,2}`;
/** Between works in a bracket: "[1, 2]", "[1; 2]", "[1, 2, and 5]", "[1 and 2]". */
const ITEM_SEPARATOR = String.raw`(?:\s*[,;]\s*(?:and\s)?|\sand\s)`;
const GROUP = String.raw`\[\^?\s*${CITED_ITEM}(?:${ITEM_SEPARATOR}${CITED_ITEM})*\s*\]`;

/** A range wider than this is more likely a typo than that many sources: keep its two ends only. */
export const MAX_RANGE = 100;

/** What the text around the markers tells: whether "(1)" is a marker, and the list's last number. */
export interface MarkerContext {
  /** The reference list is numbered ("1.", "[1]", "1)"): "(1)" is then a marker, not an enumeration. */
  parenthesised: boolean;
  /** The highest listed number: "(2020)" names no entry of a list of 30, so it is no marker. */
  maxNumber: number;
  /**
   * Most entries of the list carry a number, whatever form the text cites them in: "reference 10"
   * then names entry 10 (writtenOutSpans).
   */
  numberedList?: boolean;
  /** The list is labelled from [0]: "[0]" is its first entry (zero-based-list.ts). */
  fromZero?: boolean;
}

export const NO_MARKER_CONTEXT: MarkerContext = { parenthesised: false, maxNumber: 0 };

/**
 * Numbers written out after the word, as READMEs and vignettes cite: "Please cite reference 10
 * and 17", "references 1, 4 and 6", "ref. 12", "refs 3–5". Read only against a numbered list and
 * only when every number is listed: "the reference 2010 genome" or "reference 38 build" name none.
 */
const WRITTEN_OUT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[Rr]ef(?:erence)?s?\.?\s${ITEM}(?:${ITEM_SEPARATOR}${ITEM})*(?![\p{L}\p{N}%]|[.,]\d|[-–]\p{L})`,
  'gu',
);

function writtenOutSpans(text: string, context: MarkerContext): [number, number][] {
  if (!context.numberedList || context.maxNumber === 0 || !/[Rr]ef/.test(text)) return [];
  return [...text.matchAll(WRITTEN_OUT)]
    .filter((m) => markerNumbers(m[0]).every((n) => n <= context.maxNumber))
    .map((m) => [m.index, m.index + m[0].length]);
}

/*
 * A marker was one expression, `GROUP(?:\s*DASH\s*GROUP|GROUP)*`. Its loop kept a backtracking
 * entry per group, and a million "[1]-" in a row overflowed the engine's stack (a RangeError, so
 * the upload failed). Groups are now matched one at a time and joined here: the same markers.
 */
const GROUPS = new RegExp(GROUP, 'g');
// Sticky, not "^"-anchored: the ReDoS checker's fuzzer scored an anchored copy of GROUP quadratic
// (its attack, repeated 40,000 times, ran in 14 ms here: linear), and which pattern its fuzzer
// trips on shifts as regexes are added. One sticky regex serves both uses.
const GROUP_AT = new RegExp(GROUP, 'y');
const PAREN_GROUPS = new RegExp(PAREN_GROUP, 'g');
const DASH_AT = new RegExp(String.raw`\s*${DASH}\s*`, 'y');
const DASH_ONLY = new RegExp(String.raw`^\s*${DASH}\s*$`);

/** Whether the text between two callouts is a dash alone, which makes them one range ("[1]–[3]"). */
export function isRangeDash(between: string): boolean {
  return DASH_ONLY.test(between);
}

function groupEndAt(text: string, at: number): number {
  GROUP_AT.lastIndex = at;
  return GROUP_AT.test(text) ? GROUP_AT.lastIndex : -1;
}

/** Where the bracket marker that starts at `at` ends (its groups adjacent or joined by a dash), or -1. */
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

/** Every bracket marker of the text as [start, end), left to right. */
function bracketSpans(text: string, fromZero = false): [number, number][] {
  const spans: [number, number][] = [];
  GROUPS.lastIndex = 0;
  for (let m = GROUPS.exec(text); m; m = GROUPS.exec(text)) {
    const end = markerEndAt(text, m.index);
    if (!isBracketNotation(text, m.index, end, fromZero)) spans.push([m.index, end]);
    GROUPS.lastIndex = end;
  }
  return spans;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A place in the article right before a parenthesis: "Eq. (4)", "Theorem (2)", "Fig. (3)". */
const PLACE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${LOCATOR_WORD}\.?\s?$`, 'u');

/**
 * "(1, 2)" but not "F(1,51)" or "find(10)": a word right before the parenthesis makes it
 * notation; nor "Eq. (4)", which names an equation.
 */
function parenSpans(text: string): [number, number][] {
  return [...text.matchAll(PAREN_GROUPS)]
    .filter(
      (m) =>
        m.index === 0 ||
        (!WORD_CHAR.test(text[m.index - 1] as string) &&
          !namesPlace(text.slice(Math.max(0, m.index - 14), m.index), m[0])),
    )
    .map((m) => [m.index, m.index + m[0].length]);
}

/** A singular word written out in full before it: "the MD4 algorithm", "equation", not "Eqs." or "equations". */
const SINGULAR_BEFORE = /(?<![\p{L}\p{N}])\p{L}+[^s.\s]\s?$/u;

/**
 * Whether the word before "(4)" names a place in the article ("Eq. (4)", "Theorem (2)"). A singular
 * word written out in full names one place, so a parenthesis of several numbers after it is a
 * list of works: "based upon the MD4 algorithm (2, 4)".
 */
function namesPlace(before: string, group: string): boolean {
  if (!PLACE_BEFORE.test(before)) return false;
  return !(/[,;]/.test(group) && SINGULAR_BEFORE.test(before));
}

/** Whether the text has a bracket marker "[1]" (or AsciiDoc's "<<1>>"): an article that writes them writes no "(1)" markers. */
export function hasBracketMarker(text: string): boolean {
  return bracketSpans(text).length > 0 || CROSS_REFERENCE_AT.test(text);
}

/** AsciiDoc's cross-reference to a bibliography anchor, "a NIST study in 2002 <<1>> that said". */
const CROSS_REFERENCE = /<<(\d{1,4})>>/g;
const CROSS_REFERENCE_AT = /<<\d{1,4}>>/;

function crossReferenceSpans(text: string): [number, number][] {
  return [...text.matchAll(CROSS_REFERENCE)].map((m) => [m.index, m.index + m[0].length]);
}

/** Every marker span of the text in the given context, left to right, not overlapping. */
function markerSpans(text: string, context: MarkerContext): [number, number][] {
  const spans = [
    ...bracketSpans(text, context.fromZero === true),
    ...crossReferenceSpans(text),
    ...superscriptSpans(text),
    ...writtenOutSpans(text, context),
  ];
  if (context.parenthesised) spans.push(...parenSpans(text));
  spans.sort((a, b) => a[0] - b[0]);
  // "[3, Eq. (4)]": a span inside another is part of it.
  let end = -1;
  return spans.filter(([start, stop]) => {
    if (start < end) return false;
    end = stop;
    return true;
  });
}

const PAREN_GROUP_AT = new RegExp(PAREN_GROUP, 'y');
const DASHES = '-–—';

/**
 * The bracket groups of a marker as written, each with whether a dash comes right before it
 * ("[1]–[3]"). A scan rather than one global expression with an optional dash before an
 * alternation, which the ReDoS check found polynomial: each "[" or "(" is tried once, sticky.
 */
function groupsOf(raw: string): { dash: boolean; group: string }[] {
  const out: { dash: boolean; group: string }[] = [];
  let last = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    const at = ch === '[' ? GROUP_AT : ch === '(' ? PAREN_GROUP_AT : null;
    if (!at) continue;
    at.lastIndex = i;
    if (!at.test(raw)) continue;
    const before = raw.slice(last, i).trimEnd();
    out.push({
      dash: before !== '' && DASHES.includes(before[before.length - 1] as string),
      group: raw.slice(i, at.lastIndex),
    });
    last = at.lastIndex;
    i = last - 1;
  }
  return out;
}
const ITEMS = new RegExp(`(${NUMBER})(?:\\s*${DASH}\\s*(${NUMBER}))?`, 'g');
const LOCATORS = new RegExp(LOCATOR, 'g');

/** Years, not references: "[2010–2020]" names a decade. */
const isYearRange = (from: number, to: number) => from >= 1000 && to > from;

/** A range that is never expanded: years, backwards, or wider than MAX_RANGE. */
export function isSuspiciousRange(from: number, to: number): boolean {
  return isYearRange(from, to) || to < from || to - from > MAX_RANGE;
}

function pushRange(out: number[], from: number, to: number): void {
  if (isYearRange(from, to)) return; // not a citation at all
  if (isSuspiciousRange(from, to)) out.push(from, to);
  else for (let n = from; n <= to; n++) out.push(n);
}

/**
 * Every number a marker names, ranges expanded, in written order, without duplicates or zero
 * (unless `withZero`, for a list labelled from [0]: zero-based-list.ts).
 */
export function markerNumbers(written: string, withZero = false): number[] {
  const raw = superscriptToDigits(written);
  const out: number[] = [];
  // A superscript marker has no brackets: read it as one group.
  const groups = raw.includes('[') || raw.includes('(') ? groupsOf(raw) : [{ dash: false, group: raw }];
  let previousLast: number | null = null;
  for (const { dash, group } of groups) {
    const items = [...group.replace(LOCATORS, '').matchAll(ITEMS)];
    items.forEach(([, a = '', b], index) => {
      const from = Number(a);
      // "[1]–[3]": the dash between brackets spans from the previous group's last number.
      if (index === 0 && dash && previousLast !== null) pushRange(out, previousLast, from);
      if (b === undefined) out.push(from);
      else pushRange(out, from, Number(b));
      previousLast = b === undefined ? from : Number(b);
    });
  }
  return [...new Set(out)].filter((n) => n > 0 || (withZero && n === 0));
}

/** Whether the marker as written holds a range that was not expanded (reported by the audit). */
export function hasSuspiciousRange(written: string): boolean {
  const raw = superscriptToDigits(written);
  for (const [, a = '', b] of raw.replace(LOCATORS, '').matchAll(ITEMS)) {
    if (b !== undefined && isSuspiciousRange(Number(a), Number(b))) return true;
  }
  return false;
}

/** The bracket and superscript markers of a text that hold a range never expanded, as written. */
export function suspiciousMarkers(text: string): string[] {
  return markerSpans(text, NO_MARKER_CONTEXT)
    .map(([start, end]) => text.slice(start, end))
    .filter(hasSuspiciousRange);
}

/**
 * Whether a marker as written is numeric ("[1]", "¹", "(1)") rather than author–date ("(Smith,
 * 2020)"). A bracketed label, "[HM]" or "[PTUV20, SH06]", counts as numeric: like a number, it is
 * a key to one entry of the list, not names and a year to be matched.
 */
export function isNumericMarker(raw: string): boolean {
  return (
    /^(?:\[\^?\s*\d|\(\s*\d|[⁰¹²³⁴⁵⁶⁷⁸⁹])/.test(raw) || groupEndAt(raw, 0) !== -1 || isBracketedLabels(raw)
  );
}

/** The markers in a piece of text, with offsets into that text. */
export function findMarkers(text: string, context: MarkerContext = NO_MARKER_CONTEXT): MarkerRecord[] {
  const markers: MarkerRecord[] = [];
  for (const [start, end] of markerSpans(text, context)) {
    const raw = text.slice(start, end);
    const numbers = markerNumbers(raw, context.fromZero === true);
    if (numbers.length === 0) continue;
    if (raw.startsWith('(') && numbers.some((n) => n > context.maxNumber)) continue;
    if (isPaddedArray(raw, numbers, context) || repeatsANumber(raw) || farPastTheList(numbers, context))
      continue;
    markers.push({ raw, numbers, start, end });
  }
  return markers;
}

/**
 * "the offsets [ 1, 7, 11, 13, 17, 19, 23, 29 ]": numbers set off by spaces inside the brackets,
 * three or more, some past the end of the list, are an array written in prose, not a callout.
 * "[16]" past a list of fifteen is still a work cited and not listed.
 */
function isPaddedArray(raw: string, numbers: readonly number[], context: MarkerContext): boolean {
  return (
    /^\[\s/.test(raw) &&
    /\s\]$/.test(raw) &&
    numbers.length >= 3 &&
    context.maxNumber > 0 &&
    numbers.some((n) => n > context.maxNumber)
  );
}

/**
 * "P_C consists of [85,8128] bytes": numbers none of which the list reaches, one far past it (more
 * than twice its length and twenty past its end), are a quantity or an interval, not works cited
 * and not listed. "[16], [17]" past a list of fifteen still are; with no list, every number counts.
 */
function farPastTheList(numbers: readonly number[], context: MarkerContext): boolean {
  const last = context.maxNumber;
  if (last <= 0) return false;
  const far = Math.max(2 * last, last + 20);
  return numbers.every((n) => n > last) && numbers.some((n) => n > far);
}

/**
 * "color [250, 35, 35]": a citation names each work once, so three numbers or more of which one
 * comes twice are a value (a colour, a point), not a callout. "[3, 3]" is read as [3], a slip.
 */
function repeatsANumber(raw: string): boolean {
  if (!raw.startsWith('[')) return false;
  const items = raw
    .slice(1, -1)
    .split(/[,;]/)
    .map((item) => item.trim());
  return (
    items.length > 2 && items.every((item) => /^\d{1,4}$/.test(item)) && new Set(items).size < items.length
  );
}

/** The text without the given spans, spaces collapsed: what is left for matching words. */
export function withoutSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < last) continue;
    parts.push(text.slice(last, start), ' ');
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The text with its markers taken out, for matching words (concepts, imperative verbs). */
export function stripMarkers(text: string): string {
  return withoutSpans(
    text,
    markerSpans(text, NO_MARKER_CONTEXT).map(([start, end]) => ({ start, end })),
  );
}
