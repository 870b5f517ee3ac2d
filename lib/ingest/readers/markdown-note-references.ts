import {
  inCode,
  type SourceBlock,
  type SourceCitation,
  type SourceReference,
} from '../document/source-document';
import { enoughEntries, namesWork } from '../reference-list';
import { withExactCallouts } from './docx-callouts';

/**
 * Markdown footnotes that are the reference list. Pandoc and R Markdown writers often cite with
 * footnotes that each hold a work ("BSM[^BSM]" … "[^BSM]: Rossi, Peter, … 2005."), defined next to
 * the paragraph that calls them rather than under a References heading, and with inline notes
 * ("^[Rossi, McCulloch, and Allenby … (1996).]"). When the document has no list of its own, its
 * notes are taken for one if most of those the text refers to look like reference entries, by the
 * same test Word notes get (docx-note-references.ts; referenceLike: two of authors, a year, a
 * venue). A note is one entry, however many works it names: its callout names the note.
 *
 * Entries are numbered by their labels when every one is a number ("[^3]"), as a numbered list
 * is; otherwise ("[^BSM]", inline notes) by their place in the list, which is the order the text
 * first refers to them, the order Pandoc prints them in. A note that does not look like an entry
 * (a remark) stays a note and takes no number. Each reference to an entry becomes an exact
 * callout of it; its text stays as written.
 */

/** The notes the body refers to, in the order of their first reference. */
function referenceOrder(blocks: SourceBlock[]): string[] {
  const order = new Set<string>();
  for (const block of blocks) for (const { note } of block.notes ?? []) order.add(note);
  return [...order];
}

const NUMERIC_FOOTNOTE = /^fn:(\d{1,4})$/;

/** Each entry's number: its label when all are distinct numbers, else its place (1-based). */
function entryNumbers(entries: string[]): Map<string, number> {
  const labels = entries.map((id) => NUMERIC_FOOTNOTE.exec(id)?.[1]);
  const numeric =
    labels.every((l) => l !== undefined && Number(l) > 0) && new Set(labels).size === labels.length;
  return new Map(entries.map((id, i) => [id, numeric ? Number(labels[i]) : i + 1]));
}

/** The block with its references to entries as exact callouts of them, the others left notes. */
function withEntryCallouts(block: SourceBlock, numbers: Map<string, number>): SourceBlock {
  const toEntries = (block.notes ?? []).filter((n) => numbers.has(n.note));
  if (toEntries.length === 0) return block;
  const exact: SourceCitation[] = toEntries.map((n) => ({
    start: n.start,
    end: n.end,
    targets: [numbers.get(n.note) as number],
  }));
  const { notes, ...rest } = block;
  const others = (notes ?? []).filter((n) => !numbers.has(n.note));
  const kept: SourceBlock = { ...rest, ...(others.length > 0 ? { notes: others } : {}) };
  // Bracket markers beside the notes are still read, but none inside code ("theta[1]").
  const citations = withExactCallouts(kept, exact).filter((c) => exact.includes(c) || !inCode(kept, c));
  return { ...kept, citations };
}

/** Blocks and reference list, with entry-like notes as the list; null when the notes are no list. */
export function footnotesAsReferences(
  blocks: SourceBlock[],
  /**
   * Number the entries by the place of their definitions, every definition that names a work
   * counting, cited or not: reStructuredText's citations and footnotes are the document's list
   * where they stand, as docutils numbers them.
   */
  byDefinition = false,
): { blocks: SourceBlock[]; references: SourceReference[] } | null {
  const definitions = new Map<string, SourceBlock>();
  for (const block of blocks) {
    if (block.kind !== 'note' || !block.noteId) continue;
    // A definition of several paragraphs or list items is one note: its blocks joined.
    const seen = definitions.get(block.noteId);
    definitions.set(block.noteId, seen ? { ...seen, text: `${seen.text} ${block.text}` } : block);
  }
  const referred = byDefinition
    ? [...definitions.keys()]
    : referenceOrder(blocks).filter((id) => definitions.has(id));
  const entries = referred.filter((id) => namesWork((definitions.get(id) as SourceBlock).text));
  // The same share as Word's notes and a headingless list: most notes must look like entries.
  if (!enoughEntries(entries.length, referred.length)) return null;
  const numbers = byDefinition ? new Map(entries.map((id, i) => [id, i + 1])) : entryNumbers(entries);
  const references = entries.map((id) => {
    const note = definitions.get(id) as SourceBlock;
    return { number: numbers.get(id) as number, raw: note.text, line: note.line };
  });
  return {
    blocks: blocks
      .filter((b) => !(b.kind === 'note' && b.noteId && numbers.has(b.noteId)))
      .map((b) => withEntryCallouts(b, numbers)),
    references: references.sort((a, b) => a.number - b.number),
  };
}
