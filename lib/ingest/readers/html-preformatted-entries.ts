import { authorDateEntries } from '../author-date/entry-list';
import type { SourceLine } from '../blocks';
import { parseEntries } from '../reference-list';

/**
 * The entries of a reference list written as a preformatted block (<pre>), as pages generated
 * from notebooks and plain-text documents give it: its lines are cut into entries as the
 * plain-text reader cuts a list's lines ("[1] …" or "1. …" entries, else author–date entries
 * separated by blank lines), and each entry's wrapped lines are joined into one line of text.
 */
export function preformattedEntries(text: string): string[] {
  const lines: SourceLine[] = text.split(/\r?\n/).map((line, i) => ({ text: line, number: i + 1 }));
  const numbered = parseEntries(lines, 0, lines.length);
  const entries = numbered.length > 0 ? numbered : authorDateEntries(lines, 0, lines.length);
  return entries.map((e) => e.raw.replace(/\s+/g, ' ').trim()).filter((raw) => raw !== '');
}
