/**
 * Pairs the sentences of two drafts. First the same words in the same order (case and punctuation
 * aside): the same sentence. Then, among those left, the pairs sharing the most distinct words,
 * at least half of them (Jaccard similarity of the two word sets ≥ 0.5), each sentence in at most
 * one pair: a rewording. A token set rather than an edit script (the `diff` package): a rewording
 * often moves a clause, which an edit script counts as a deletion plus an insertion, and a set
 * compares two sentences in time linear in their length.
 */

export const REWORDED_AT_LEAST = 0.5;
/** Beyond this many comparisons (two very different long drafts) rewordings are not looked for. */
const MAX_COMPARISONS = 4_000_000;

const WORD = /[\p{L}\p{N}]+/gu;

export function wordsOf(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0].toLowerCase());
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface SentenceMatch<T> {
  same: { old: T; new: T }[];
  reworded: { old: T; new: T; similarity: number }[];
  added: T[];
  removed: T[];
}

/** `text` gives a sentence's words without its citation markers. Results keep each draft's order. */
export function matchSentences<T>(
  older: readonly T[],
  newer: readonly T[],
  text: (t: T) => string,
): SentenceMatch<T> {
  const words = new Map<T, string[]>([...older, ...newer].map((t) => [t, wordsOf(text(t))]));
  const key = (t: T) => (words.get(t) ?? []).join(' ');
  const waiting = new Map<string, T[]>();
  for (const t of older) waiting.set(key(t), [...(waiting.get(key(t)) ?? []), t]);
  const same: SentenceMatch<T>['same'] = [];
  const leftNew: T[] = [];
  for (const t of newer) {
    const match = waiting.get(key(t))?.shift();
    if (match === undefined) leftNew.push(t);
    else same.push({ old: match, new: t });
  }
  const paired = new Set(same.map((p) => p.old));
  const leftOld = older.filter((t) => !paired.has(t));

  const candidates: { old: T; new: T; similarity: number; distance: number }[] = [];
  if (leftOld.length * leftNew.length <= MAX_COMPARISONS) {
    const sets = new Map<T, Set<string>>([...leftOld, ...leftNew].map((t) => [t, new Set(words.get(t))]));
    leftOld.forEach((o, i) => {
      leftNew.forEach((n, j) => {
        const similarity = jaccard(sets.get(o) ?? new Set(), sets.get(n) ?? new Set());
        if (similarity >= REWORDED_AT_LEAST)
          candidates.push({ old: o, new: n, similarity, distance: Math.abs(i - j) });
      });
    });
  }
  // Most similar first; between equals, the pair nearer in reading order.
  candidates.sort((a, b) => b.similarity - a.similarity || a.distance - b.distance);
  const usedOld = new Set<T>();
  const usedNew = new Set<T>();
  const reworded: SentenceMatch<T>['reworded'] = [];
  for (const c of candidates) {
    if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
    usedOld.add(c.old);
    usedNew.add(c.new);
    reworded.push({ old: c.old, new: c.new, similarity: c.similarity });
  }
  const newOrder = new Map(newer.map((t, i) => [t, i]));
  reworded.sort((a, b) => (newOrder.get(a.new) ?? 0) - (newOrder.get(b.new) ?? 0));
  return {
    same,
    reworded,
    added: leftNew.filter((t) => !usedNew.has(t)),
    removed: leftOld.filter((t) => !usedOld.has(t)),
  };
}
