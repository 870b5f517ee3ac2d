/**
 * Small scanners for the places where a regular expression would backtrack on hostile text: a run
 * of characters to trim at an end, or "the next X after here" asked at ever later positions. Each
 * looks at every character of the text a bounded number of times.
 */

/** What `\s` matches in a JavaScript regular expression (and what String.prototype.trim removes). */
const WHITESPACE = /\s/;
export const isWhitespace = (ch: string | undefined): boolean => ch !== undefined && WHITESPACE.test(ch);

/** What `.` refuses to match without the `s` flag. */
export const isLineTerminator = (ch: string | undefined): boolean =>
  ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';

/** The index of the first non-whitespace character at or after `from` (the text's length if none). */
export function skipSpaces(text: string, from: number): number {
  let at = from;
  while (isWhitespace(text[at])) at++;
  return at;
}

/** The text without the run of `chars` at its end: `text.replace(/[chars]+$/, '')` in one pass. */
export function trimEndOf(text: string, chars: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && chars(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/** The text without the run of `chars` at its start. */
export function trimStartOf(text: string, chars: (ch: string) => boolean): string {
  let start = 0;
  while (start < text.length && chars(text[start] as string)) start++;
  return text.slice(start);
}

/** Both ends: `text.replace(/^[chars]+|[chars]+$/g, '')`. */
export function trimOf(text: string, chars: (ch: string) => boolean): string {
  return trimEndOf(trimStartOf(text, chars), chars);
}

/** A predicate for "one of these characters". */
export const oneOf =
  (set: string) =>
  (ch: string): boolean =>
    set.includes(ch);

/**
 * The first index at or after `from` where `test` holds, or -1; for `from` that never decreases.
 * A failed or passed search is remembered, so the whole text is read at most once however many
 * times it is asked: the linear stand-in for `[^)]*\)` tried from every opening bracket.
 */
export function forwardFinder(text: string, test: (ch: string, index: number) => boolean) {
  let found = -2; // not searched yet
  let searchedFrom = 0;
  return (from: number): number => {
    if (found === -1 && from >= searchedFrom) return -1;
    if (found >= from && from >= searchedFrom) return found;
    searchedFrom = from;
    found = -1;
    for (let i = from; i < text.length; i++) {
      if (test(text[i] as string, i)) {
        found = i;
        break;
      }
    }
    return found;
  };
}

/**
 * Each mark (found by the global, fixed-length `marks`) with the spaces around it, and with `comma`
 * also a comma and spaces before it, replaced by `by`: what a global replace with "\s*" before and
 * after the mark did, in one pass. The expression tried a run of spaces from each of its spaces.
 */
export function replaceAround(text: string, marks: RegExp, by: string, { comma = false } = {}): string {
  const parts: string[] = [];
  let last = 0;
  marks.lastIndex = 0;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    // The earliest start the expression could take: back over spaces, a comma, spaces.
    let start = m.index;
    while (start > last && isWhitespace(text[start - 1])) start--;
    if (comma && start > last && text[start - 1] === ',') {
      start--;
      while (start > last && isWhitespace(text[start - 1])) start--;
    }
    const end = skipSpaces(text, m.index + m[0].length);
    parts.push(text.slice(last, start), by);
    last = end;
    marks.lastIndex = end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}
