import { authorDateEntries } from './author-date/entry-list';
import { isPlainHeading, type SourceLine } from './blocks';
import type { ReferenceEntryRecord } from './graph-document';

/**
 * Finding the reference list and cutting it into entries. Two shapes are recognised:
 * - a heading such as References, Sources, Notes, Bibliography, Works Cited or Literature Cited
 *   (Markdown or plain, any case, an optional colon), followed by numbered entries;
 * - no heading at all (the seed article): a trailing block of "[n] ..." entries, or of "n. ..."
 *   entries that mostly carry a year (so that a numbered list closing the body is not taken).
 * Entries start "[1] ...", "[^1]: ...", "1. ..." or "1) ..."; lines that follow an entry without a
 * blank line (or indented after one) continue it. Under a heading, an unnumbered author–date list
 * is read too (author-date/entry-list.ts): its entries are numbered by position.
 */
const LIST_HEADINGS = new Set([
  'references',
  'reference list',
  'sources',
  'sources cited',
  'notes',
  'endnotes',
  'footnotes',
  'bibliography',
  'works cited',
  'literature cited',
  'citations',
]);

const ENTRY_START = /^\s*(?:[-*•]\s+)?(?:\[\^?(\d{1,4})\]:?|(\d{1,4})[.)])\s+(\S.*)$/;
const BRACKET_ENTRY = /^\s*\[\^?\d{1,4}\]:?\s+\S/;
const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/;

export interface ReferenceList {
  /** 0-based index of the first line of the list (its heading, if any). */
  start: number;
  /** 0-based index one past its last line. */
  end: number;
  heading: string | null;
  entries: ReferenceEntryRecord[];
}

function headingName(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/:\s*$/, '')
    .trim()
    .toLowerCase();
}

export function isListHeading(line: string): boolean {
  return LIST_HEADINGS.has(headingName(line));
}

function isEntryStart(line: string): boolean {
  return ENTRY_START.test(line);
}

/** Cuts lines [from, to) into entries, joining continuation lines. */
export function parseEntries(lines: SourceLine[], from: number, to: number): ReferenceEntryRecord[] {
  const entries: ReferenceEntryRecord[] = [];
  let open: { entry: ReferenceEntryRecord; afterBlank: boolean } | null = null;
  for (const { text, number } of lines.slice(from, to)) {
    const match = ENTRY_START.exec(text);
    if (match) {
      const n = Number(match[1] ?? match[2]);
      open = { entry: { number: n, raw: text.trim(), line: number }, afterBlank: false };
      entries.push(open.entry);
    } else if (text.trim() === '') {
      if (open) open.afterBlank = true;
    } else if (open && (!open.afterBlank || /^\s{2,}|\t/.test(text))) {
      open.entry.raw += `\n${text.trim()}`;
      open.afterBlank = false;
    } else {
      open = null; // stray text after the list: not part of any entry
    }
  }
  return entries;
}

/** Whether line `i` ends a headed list: a Markdown heading, or a plain-text heading line. */
function endsHeadedList(lines: SourceLine[], i: number): boolean {
  const text = lines[i]?.text ?? '';
  if (/^\s{0,3}#{1,6}\s/.test(text)) return true;
  const blankBefore = (lines[i - 1]?.text.trim() ?? '') === '';
  const blankAfter = (lines[i + 1]?.text.trim() ?? '') === '';
  return blankBefore && blankAfter && !isEntryStart(text) && isPlainHeading(text);
}

/**
 * For each line, the first line at or after it where a headed list would end, and the first line
 * that starts an entry: one backward pass. Looking each up from every "References" line in turn
 * was quadratic on a text of many such lines.
 */
function nextIndexes(lines: SourceLine[]): { listEnd: Int32Array; entry: Int32Array } {
  const listEnd = new Int32Array(lines.length + 1).fill(lines.length);
  const entry = new Int32Array(lines.length + 1).fill(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) {
    listEnd[i] = endsHeadedList(lines, i) ? i : (listEnd[i + 1] as number);
    entry[i] = isEntryStart(lines[i]?.text ?? '') ? i : (entry[i + 1] as number);
  }
  return { listEnd, entry };
}

function findHeadedList(lines: SourceLine[]): ReferenceList | null {
  let next: ReturnType<typeof nextIndexes> | null = null;
  let triedUnnumbered = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]?.text ?? '';
    if (!isListHeading(text)) continue;
    next ??= nextIndexes(lines);
    const end = next.listEnd[i + 1] as number;
    // Numbered entries exist under it exactly when an entry line starts before the list's end.
    if ((next.entry[i + 1] as number) < end) {
      return { start: i, end, heading: text.trim(), entries: parseEntries(lines, i + 1, end) };
    }
    // Only under the last list heading: reading under every one was quadratic on hostile text.
    if (triedUnnumbered) continue;
    triedUnnumbered = true;
    const unnumbered = authorDateEntries(lines, i + 1, end);
    if (unnumbered.length > 0) return { start: i, end, heading: text.trim(), entries: unnumbered };
  }
  return null;
}

/** The trailing run of entry paragraphs, scanning back from the end of the text. */
function findTrailingList(lines: SourceLine[]): ReferenceList | null {
  let end = lines.length;
  while (end > 0 && (lines[end - 1]?.text.trim() ?? '') === '') end--;
  let start = end;
  let i = end - 1;
  let bracketStyle: boolean | null = null;
  while (i >= 0) {
    // Walk back over one paragraph (a run of non-blank lines).
    let top = i;
    while (top > 0 && (lines[top - 1]?.text.trim() ?? '') !== '') top--;
    const first = lines[top]?.text ?? '';
    if (!isEntryStart(first)) break;
    // One list, one style: "[n]" entries do not swallow a numbered advice list just above them.
    const bracketed = BRACKET_ENTRY.test(first);
    if (bracketStyle !== null && bracketed !== bracketStyle) break;
    bracketStyle = bracketed;
    start = top;
    i = top - 1;
    while (i >= 0 && (lines[i]?.text.trim() ?? '') === '') i--;
  }
  if (start === end) return null;
  const entries = parseEntries(lines, start, end);
  const bracketed = entries.length > 0 && BRACKET_ENTRY.test(lines[start]?.text ?? '');
  const withYear = entries.filter((e) => YEAR.test(e.raw)).length;
  if (!bracketed && withYear * 10 < entries.length * 6) return null;
  return { start, end, heading: null, entries };
}

export function findReferenceList(lines: SourceLine[]): ReferenceList | null {
  return findHeadedList(lines) ?? findTrailingList(lines);
}
