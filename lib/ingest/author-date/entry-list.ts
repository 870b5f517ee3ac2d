import type { SourceLine } from '../blocks';
import type { ReferenceEntryRecord } from '../graph-document';
import { entryKey } from './entry-keys';
import { isNameWord, isParticle } from './names';

/**
 * An unnumbered reference list (APA, Chicago author–date, MLA) under a "References" heading: each
 * entry starts with a family name and has a year near its start; the entry's number is its 1-based
 * position. A line starts an entry after a blank line or when it looks like one; other lines
 * continue the entry above (a wrapped entry).
 */
const BULLET = /^\s*[-*•]\s+/;

function looksLikeEntry(line: string): boolean {
  const text = line.replace(BULLET, '').trim();
  const first = text.split(/[\s,.]/, 1)[0] ?? '';
  if (!isNameWord(first) && !isParticle(first)) return false;
  // The whole line: an entry with twenty authors has its year past the first few hundred characters.
  const key = entryKey(0, text);
  return key !== null && (key.families.length > 0 || key.byline !== '');
}

/**
 * The entries of lines [from, to), or [] when fewer than four in five entries start with a line
 * that looks like one (an entry also starts after a blank line: "14CHRONO Centre (2014)...").
 */
export function authorDateEntries(lines: SourceLine[], from: number, to: number): ReferenceEntryRecord[] {
  const entries: ReferenceEntryRecord[] = [];
  let open: ReferenceEntryRecord | null = null;
  let afterBlank = true;
  let looking = 0;
  for (const { text, number } of lines.slice(from, to)) {
    if (text.trim() === '') {
      afterBlank = true;
      continue;
    }
    const starts = looksLikeEntry(text);
    if (starts) looking++;
    if (starts || afterBlank || !open) {
      open = { number: entries.length + 1, raw: text.replace(BULLET, '').trim(), line: number };
      entries.push(open);
    } else {
      open.raw += `\n${text.trim()}`;
    }
    afterBlank = false;
  }
  return entries.length > 0 && looking * 5 >= entries.length * 4 ? entries : [];
}
