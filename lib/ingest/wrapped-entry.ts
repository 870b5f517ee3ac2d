/**
 * An entry written whole inside one pair of square brackets, as some writers set every item of a
 * list: `* [Kolmogorov A (1941). “Confidence limits …” 12(4), 461–463.]`. The brackets are the
 * writer's, not a label's or a link's: "[AM97] Achilles, …" and "[Title](url) …" close theirs
 * before the text ends, and are kept.
 */
export function withoutWrappingBrackets(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[')) return text;
  let depth = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i];
    if (ch === '[') depth++;
    // Closed before the end: a label or a link, not a wrapper.
    else if (ch === ']' && --depth === 0 && i < trimmed.length - 1) return text;
  }
  // Still open at the end: the first line of a wrapped entry, whose "]" comes on a later line.
  const inner = depth === 0 ? trimmed.slice(1, -1) : trimmed.slice(1);
  return inner.trim() === '' ? text : inner.trim();
}
