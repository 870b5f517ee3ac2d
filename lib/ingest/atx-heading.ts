import { isLineTerminator, isWhitespace } from '@/lib/text/scan';

/**
 * A Markdown "#" heading line, read the way `/^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/` read it,
 * without its backtracking (cubic on a long line of spaces): up to three spaces, one to six "#",
 * at least one space, then the text without trailing spaces and without a closing run of "#"
 * that follows a space. Null when the line is no such heading.
 */
export function atxHeading(line: string): { level: number; text: string } | null {
  let i = 0;
  while (isWhitespace(line[i])) i++;
  if (i > 3) return null;
  const marks = i;
  while (line[i] === '#') i++;
  const level = i - marks;
  if (level < 1 || level > 6 || !isWhitespace(line[i])) return null;
  while (isWhitespace(line[i])) i++;
  let end = line.length;
  while (end > i && isWhitespace(line[end - 1])) end--;
  let close = end;
  while (close > i && line[close - 1] === '#') close--;
  let before = close;
  while (before > i && isWhitespace(line[before - 1])) before--;
  if (close < end && before < close) end = before;
  // The text is "." in the expression: it never spans a line break.
  for (let k = i; k < end; k++) if (isLineTerminator(line[k])) return null;
  return { level, text: line.slice(i, end) };
}
