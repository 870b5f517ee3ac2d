import { isBracketNotation } from './bracket-notation';
import type { SourceReference } from './document/source-document';
import type { MarkerRecord } from './graph-document';

/**
 * Reference lists whose labels carry letters, "[2a]", "[2b]", "[4a]"…: works grouped under one
 * number, as design notes and some journals write them. Such a list is numbered by place
 * (reference-list.ts), and its callouts are matched by label: "[4a]" cites the entry labelled
 * so, "[2]" the group "[2a]", "[2b]" when no entry is labelled "[2]" alone. A label no entry has
 * is a work not listed, numbered after the list in the order of first use.
 */

const LABEL = /^\s*(?:[-*•]\s+)?\[(\d{1,4})([a-z])?\]/;

/** An entry's label, "[2a]" as { number: "2", letter: "a" }, or null for an entry without one. */
export function entryLabel(raw: string): { number: string; letter: string | undefined } | null {
  const m = LABEL.exec(raw);
  return m ? { number: m[1] as string, letter: m[2] } : null;
}

/** For a list with lettered labels, each label ("1", "2a", and "2" for the group) to its entries' numbers; else null. */
export function letteredLabels(references: readonly SourceReference[] | null): Map<string, number[]> | null {
  const labelled = (references ?? []).map((r) => ({ r, label: entryLabel(r.raw) }));
  if (!labelled.some(({ label }) => label?.letter)) return null;
  const labels = new Map<string, number[]>();
  const groups = new Map<string, number[]>();
  for (const { r, label } of labelled) {
    if (!label) continue;
    labels.set(`${label.number}${label.letter ?? ''}`, [r.number]);
    if (label.letter) groups.set(label.number, [...(groups.get(label.number) ?? []), r.number]);
  }
  for (const [number, members] of groups) if (!labels.has(number)) labels.set(number, members);
  return labels;
}

/** "[4a]", "[2, 3]", "[4a; 4b]": labels in brackets, up to twenty. */
const LABELLED_BRACKET = /\[(\d{1,4}[a-z]?(?:\s?[,;]\s?\d{1,4}[a-z]?){0,19})\]/g;

/** A finder for one article's callouts by label; `after` is the highest entry number, past which works not listed are numbered. */
export function labelledCalloutFinder(
  labels: Map<string, number[]>,
  after: number,
): (text: string) => MarkerRecord[] {
  const unlisted = new Map<string, number>();
  const numbersOf = (label: string): number[] => {
    const listed = labels.get(label);
    if (listed) return listed;
    if (!unlisted.has(label)) unlisted.set(label, after + unlisted.size + 1);
    return [unlisted.get(label) as number];
  };
  return (text) =>
    [...text.matchAll(LABELLED_BRACKET)]
      .filter((m) => !isBracketNotation(text, m.index, m.index + m[0].length))
      .map((m) => ({
        raw: m[0],
        numbers: [...new Set((m[1] as string).split(/\s?[,;]\s?/).flatMap(numbersOf))],
        start: m.index,
        end: m.index + m[0].length,
      }));
}
