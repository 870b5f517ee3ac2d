import { isAbbreviationStop } from './abbreviations';
import { skipSpaces } from '@/lib/text/scan';
import { markerEndAt } from './markers';

const TERMINATORS = '.?!…';
/** Closing quotes and brackets that belong to the sentence they close (not "]": that is a marker). */
const CLOSERS = '"\'”’»)';
/** What the next sentence may start with. */
const OPENER = /[\p{Lu}\p{N}"'“‘«(]/u;

/** The end of the markers that follow position `from` (possibly after spaces), or `from`. */
function skipMarkers(text: string, from: number): number {
  let end = from;
  for (;;) {
    const next = markerEndAt(text, skipSpaces(text, end));
    if (next < 0) return end;
    end = next;
  }
}

/**
 * Where the sentence that has a terminator at `at` really ends, or -1 when `at` is no boundary.
 * Markers right after the stop, with or without a space ("intimacy.[1] [2]", "of you. [12]"),
 * belong to the sentence before them.
 */
function boundaryAfter(text: string, at: number): number {
  if (text[at] === '.' && isAbbreviationStop(text, at)) return -1;
  let end = at + 1;
  while (end < text.length && TERMINATORS.includes(text[end] ?? '')) end++;
  while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++;
  end = skipMarkers(text, end);
  // Look only at what follows (no slicing of the rest: a long block would make this quadratic).
  const after = /\s*(\S?)/y;
  after.lastIndex = end;
  const next = after.exec(text)?.[1] ?? '';
  if (next === '') return text.length;
  if (!/\s/.test(text[end] ?? '')) return -1;
  return OPENER.test(next) ? end : -1;
}

/** Splits one block's text into sentences, trimmed, each keeping its markers. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!TERMINATORS.includes(text[i] ?? '')) continue;
    const end = boundaryAfter(text, i);
    if (end < 0) continue;
    sentences.push(text.slice(start, end));
    start = end;
    i = end - 1;
  }
  sentences.push(text.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}
