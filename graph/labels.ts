import { isWhitespace, trimEndOf } from '@/lib/text/scan';

const isTrailing = (c: string) => isWhitespace(c) || ',;:.–-'.includes(c);

/** Short labels keep a dense canvas readable; the full text goes to the tooltip and side panel. */
export function shortLabel(text: string, max = 28): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // Break at a word when one ends reasonably late; otherwise cut mid-word.
  return `${trimEndOf(space > max * 0.6 ? cut.slice(0, space) : cut, isTrailing)}…`;
}
