import { skipSpaces } from '@/lib/text/scan';
import { stopAt } from './abbreviations';
import { markerEndAt } from './markers';
import { isSentenceStarter } from './sentence-starters';

const TERMINATORS = '.?!…';
/** Closing quotes and brackets that belong to the sentence they close (not "]": that is a marker). */
const CLOSERS = '"\'”’»)';
/**
 * What the next sentence may start with: a capital, a digit, a quote or bracket, or a legend's key
 * symbol ("… the chemo-drug. @ = BV sites.", "… groups. *p<0.05").
 */
const OPENER = /[\p{Lu}\p{N}"'“‘«(@#*†‡§¶]/u;
/**
 * A symbol written in lower case that opens sentences in the life sciences: a gene, construct or
 * molecule with a capital or a number inside ("mRNA", "p53", "pnlp-27::GFP", "siRNA", "pH").
 */
const LOWER_SYMBOL = /[a-z]{1,40}(?:[A-Z0-9]|-\d)/y;
/**
 * A name from code, written in lower case, that opens a sentence of documentation: a function or
 * field joined by a dot or an underscore ("read.epiinfo will read these files", "missing_residues
 * maps to a list"). A plain lower-case word does not open one: "e.g. the", "approx. ten".
 */
const CODE_NAME = /[a-z][a-z0-9]{0,40}(?:[._][a-z0-9]{1,40}){1,5}(?=[\s(])/y;
/** A legend's panel label glued to the stop before it: "grade.(B) LN metastasis". */
const GLUED_PANEL = /\([A-Za-z](?:[-–][A-Za-z])?\)\s/y;

const matchesAt = (pattern: RegExp, text: string, at: number) => {
  pattern.lastIndex = at;
  return pattern.test(text);
};

/**
 * Citation callouts of a block as [start, end) offsets, in order, not overlapping: a sentence never
 * ends inside one ("(Smith et al., 2010)"), and one right after a stop belongs to the sentence
 * before it ("memory.¹", "memory. [1]").
 */
export type Span = readonly [number, number];

/** Where a callout that starts at `at` ends, or -1. */
function calloutEndAt(text: string, at: number, callouts: readonly Span[]): number {
  const marker = markerEndAt(text, at);
  if (marker >= 0) return marker;
  for (const [start, end] of callouts) if (start === at) return end;
  return -1;
}

/** The end of the callouts that follow position `from` (possibly after spaces), or `from`. */
function skipMarkers(text: string, from: number, callouts: readonly Span[]): number {
  let end = from;
  for (;;) {
    const next = calloutEndAt(text, skipSpaces(text, end), callouts);
    if (next < 0) return end;
    end = next;
  }
}

/**
 * Where the sentence that has a terminator at `at` really ends, or -1 when `at` is no boundary.
 * Markers right after the stop, with or without a space ("intimacy.[1] [2]", "of you. [12]"),
 * belong to the sentence before them.
 */
function boundaryAfter(text: string, at: number, callouts: readonly Span[]): number {
  const stop = text[at] === '.' ? stopAt(text, at) : 'sentence';
  if (stop === 'abbreviation') return -1;
  let end = at + 1;
  while (end < text.length && TERMINATORS.includes(text[end] ?? '')) end++;
  while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++;
  end = skipMarkers(text, end, callouts);
  // Look only at what follows (no slicing of the rest: a long block would make this quadratic).
  const after = /\s*(\S?)/y;
  after.lastIndex = end;
  const next = after.exec(text)?.[1] ?? '';
  if (next === '') return text.length;
  if (!/\s/.test(text[end] ?? '')) return stop === 'sentence' && matchesAt(GLUED_PANEL, text, end) ? end : -1;
  const start = skipSpaces(text, end);
  if (stop === 'ambiguous') return startsAfterAmbiguous(text, at, start) ? end : -1;
  return OPENER.test(next) || matchesAt(LOWER_SYMBOL, text, start) || matchesAt(CODE_NAME, text, start)
    ? end
    : -1;
}

/** The run of letters and digits at `from` (a word as written: "A3"), possibly empty. */
function letterRun(text: string, from: number): string {
  const run = /[\p{L}\p{N}]{1,40}/uy;
  run.lastIndex = from;
  return run.exec(text)?.[0] ?? '';
}

/** The word that ends right before position `end` (letters only), possibly empty. */
function letterRunBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 40 && /\p{L}/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end);
}

/**
 * After an initial, an acronym or "et al." (`dot`), a sentence starts at `next` only with a word
 * that opens sentences ("vitamin D. Their"), or when a label letter is followed by the noun it
 * labels again ("group A. Group B"). An initial followed by another ("J. A. Smith") never ends one.
 */
function startsAfterAmbiguous(text: string, dot: number, next: number): boolean {
  const word = letterRun(text, next);
  if (word === '') return false;
  if (word.length === 1 && text[next + 1] === '.') return false;
  if (isSentenceStarter(word)) return true;
  const letter = letterRunBefore(text, dot);
  if (letter.length !== 1) return false;
  const noun = letterRunBefore(text, dot - 2); // "group" in "group A."
  return text[dot - 2] === ' ' && noun.length > 1 && noun.toLowerCase() === word.toLowerCase();
}

/**
 * One block's sentences as [start, end) offsets into its text, spaces trimmed, each keeping its
 * callouts: the bracket markers it finds itself, and the `callouts` a reader marked. `unbroken`:
 * spans no sentence ends inside that are no callouts a stop before them hands back, as a
 * narrative callout is ("Amelunxen et al. (2014, App. C.4)" opens its words, and "App." in it
 * ends nothing).
 */
export function sentenceSpans(
  text: string,
  callouts: readonly Span[] = [],
  unbroken: readonly Span[] = [],
): Span[] {
  const closed = unbroken.length === 0 ? callouts : [...callouts, ...unbroken].sort((a, b) => a[0] - b[0]);
  const spans: Span[] = [];
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) spans.push([a, b]);
  };
  let start = 0;
  let next = 0; // index into callouts: the first that does not end before i
  for (let i = 0; i < text.length; i++) {
    while (next < closed.length && (closed[next]?.[1] ?? 0) <= i) next++;
    const inside = closed[next];
    if (inside && inside[0] <= i) {
      i = inside[1] - 1; // no sentence ends inside a callout
      continue;
    }
    if (!TERMINATORS.includes(text[i] ?? '')) continue;
    const end = boundaryAfter(text, i, callouts);
    if (end < 0) continue;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return spans;
}

/** Splits one block's text into sentences, trimmed, each keeping its markers. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map(([a, b]) => text.slice(a, b));
}
