import { isBracketNotation } from './bracket-notation';
import type { SourceReference } from './document/source-document';
import type { MarkerRecord } from './graph-document';
import { YEAR } from './year-pattern';

/**
 * Reference lists whose labels carry letters, "[2a]", "[2b]", "[4a]"…: works grouped under one
 * number, as design notes and some journals write them. Such a list is numbered by place
 * (reference-list.ts), and its callouts are matched by label: "[4a]" cites the entry labelled
 * so, "[2]" the group "[2a]", "[2b]" when no entry is labelled "[2]" alone. A label no entry has
 * is a work not listed, numbered after the list in the order of first use.
 *
 * Some manuals label each work by its year instead, then a dash: "2011 - A robust two-level …",
 * "2022a - …", "2022b - …", and cite it "[2011, 2019]". Such a list is read the same way: its
 * labels are years, matched as written.
 */

const LABEL = /^\s*(?:[-*•]\s+)?\[(\d{1,4})([a-z])?\]/;
/** "2011 - ", "2022a – ": a year, perhaps a letter, then a dash between spaces. */
const YEAR_LABEL = new RegExp(String.raw`^\s*(?:[-*•]\s+)?(${YEAR})([a-z])?\s[-–—]\s`);
/** Of the entries, how many must open with a year label for the list to be read by them. */
const YEAR_LABELLED_SHARE = 0.8;

interface EntryLabel {
  number: string;
  letter: string | undefined;
  /** Written as a year and a dash ("2011 - "), not in brackets. */
  dashed: boolean;
}

/** An entry's label, "[2a]" as { number: "2", letter: "a" }, "2011 - " as { number: "2011" }, or null. */
export function entryLabel(raw: string): EntryLabel | null {
  const bracketed = LABEL.exec(raw);
  if (bracketed) return { number: bracketed[1] as string, letter: bracketed[2], dashed: false };
  const dashed = YEAR_LABEL.exec(raw);
  return dashed ? { number: dashed[1] as string, letter: dashed[2], dashed: true } : null;
}

/** The entry after its year label ("A robust …" for "2011 - A robust …"), or null for an entry without one. */
export function afterYearLabel(raw: string): string | null {
  const m = YEAR_LABEL.exec(raw);
  return m ? raw.slice(m.index + m[0].length) : null;
}

/** Whether most entries open with a year label ("2011 - …"): the list is then read by those labels. */
export function isYearLabelled(references: readonly { raw: string }[] | null): boolean {
  const list = references ?? [];
  const dashed = list.filter((r) => entryLabel(r.raw)?.dashed).length;
  return list.length > 0 && dashed >= YEAR_LABELLED_SHARE * list.length;
}

/** For a list with lettered labels, each label ("1", "2a", and "2" for the group) to its entries' numbers; else null. */
export function letteredLabels(references: readonly SourceReference[] | null): Map<string, number[]> | null {
  const labelled = (references ?? []).map((r) => ({ r, label: entryLabel(r.raw) }));
  const yearLabelled = isYearLabelled(references);
  if (!yearLabelled && !labelled.some(({ label }) => label?.letter && !label.dashed)) return null;
  const labels = new Map<string, number[]>();
  const groups = new Map<string, number[]>();
  for (const { r, label } of labelled) {
    if (!label || label.dashed !== yearLabelled) continue;
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
