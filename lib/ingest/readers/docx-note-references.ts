import type {
  SourceBlock,
  SourceCitation,
  SourceDocument,
  SourceNoteCallout,
  SourceReference,
} from '../document/source-document';
import { enoughEntries, referenceLike } from '../reference-list';
import { withExactCallouts } from './docx-callouts';

/**
 * Word notes that are the reference list. Many manuscripts cite with Word's own note references
 * (a superscript number Word keeps in order) and write each work in the note, with no References
 * heading: the notes are then the list. When the document has no list of its own, the notes of
 * one kind (endnotes, else footnotes) are taken for one if most of them look like reference
 * entries, by the test that tells a headingless reference list from a numbered list of advice
 * (referenceLike: two of authors, a year, a venue). Each such note becomes entry n, n being the
 * number Word gives it (notes of a kind are numbered in the order the text refers to them), and
 * its reference in the text a callout of that entry. A note of the same kind that does not look
 * like an entry (commentary) stays a note, and keeps its number: the list then skips it, as the
 * text does.
 *
 * mammoth numbers footnotes and endnotes in one sequence; the references to the list's kind of
 * notes are written with Word's numbers, so that the text and the list agree.
 */
type Doc = Omit<SourceDocument, 'format'>;
type NoteKind = 'footnote' | 'endnote';

const kindOf = (noteId: string): NoteKind | null =>
  noteId.startsWith('endnote-') ? 'endnote' : noteId.startsWith('footnote-') ? 'footnote' : null;

/** Word's number for each note referenced in the body: per kind, in the order of reference. */
function wordNumbers(blocks: SourceBlock[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const counts: Record<NoteKind, number> = { footnote: 0, endnote: 0 };
  for (const block of blocks) {
    for (const { note } of block.notes ?? []) {
      const kind = kindOf(note);
      if (kind && !numbers.has(note)) numbers.set(note, ++counts[kind]);
    }
  }
  return numbers;
}

/** The entry-like notes of the kind that is the reference list, or none. */
function listNotes(blocks: SourceBlock[], numbers: Map<string, number>): Map<string, SourceBlock> {
  const byKind: Record<NoteKind, { total: number; entries: Map<string, SourceBlock> }> = {
    footnote: { total: 0, entries: new Map() },
    endnote: { total: 0, entries: new Map() },
  };
  for (const block of blocks) {
    const kind = block.kind === 'note' && block.noteId ? kindOf(block.noteId) : null;
    if (!kind || !block.noteId || !numbers.has(block.noteId)) continue;
    byKind[kind].total++;
    if (referenceLike(block.text)) byKind[kind].entries.set(block.noteId, block);
  }
  // The same share as a headingless list at the end of a text: most notes must look like entries.
  const most = ({ total, entries }: { total: number; entries: Map<string, SourceBlock> }) =>
    enoughEntries(entries.size, total);
  const [endnotes, footnotes] = [byKind.endnote, byKind.footnote];
  if (most(endnotes) && (!most(footnotes) || endnotes.entries.size >= footnotes.entries.size))
    return endnotes.entries;
  return most(footnotes) ? footnotes.entries : new Map();
}

/**
 * The block with the references to the list's kind of notes written with Word's numbers
 * (`labels`), those to entries (`entries`) made callouts of them, the others left notes.
 */
function withNoteCitations(
  block: SourceBlock,
  labels: Map<string, number>,
  entries: Set<string>,
): SourceBlock {
  const relabelled = (block.notes ?? []).filter((n) => labels.has(n.note));
  if (relabelled.length === 0) return block;
  let text = '';
  let from = 0;
  /** Where each rewritten reference ended, and how far offsets from there move (running total). */
  const shifts: { at: number; by: number }[] = [];
  const exact: SourceCitation[] = [];
  const notes: SourceNoteCallout[] = [];
  for (const n of [...(block.notes ?? [])].sort((a, b) => a.start - b.start)) {
    const number = labels.get(n.note);
    if (number === undefined) continue;
    const label = String(number);
    text += block.text.slice(from, n.start);
    const span = { start: text.length, end: text.length + label.length };
    if (entries.has(n.note)) exact.push({ ...span, targets: [number] });
    else notes.push({ ...span, note: n.note });
    text += label;
    from = n.end;
    shifts.push({ at: n.end, by: (shifts[shifts.length - 1]?.by ?? 0) + label.length - (n.end - n.start) });
  }
  text += block.text.slice(from);
  const move = (offset: number) => {
    // The last reference ending at or before the offset (binary search: a block may hold many).
    let lo = 0;
    let hi = shifts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((shifts[mid] as { at: number }).at <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + (lo > 0 ? (shifts[lo - 1] as { by: number }).by : 0);
  };
  const others = (block.notes ?? [])
    .filter((n) => !labels.has(n.note))
    .map((n) => ({ ...n, start: move(n.start), end: move(n.end) }));
  const allNotes = [...others, ...notes].sort((a, b) => a.start - b.start);
  const { notes: _old, citations, ...rest } = block;
  const moved: SourceBlock = {
    ...rest,
    text,
    ...(allNotes.length > 0 ? { notes: allNotes } : {}),
    ...(citations
      ? { citations: citations.map((c) => ({ ...c, start: move(c.start), end: move(c.end) })) }
      : {}),
  };
  return exact.length > 0 ? { ...moved, citations: withExactCallouts(moved, exact) } : moved;
}

/** The document with its entry-like notes as its reference list; unchanged when it has a list. */
export function notesAsReferences(read: Doc): Doc {
  if (read.references !== null) return read;
  const numbers = wordNumbers(read.blocks);
  const notes = listNotes(read.blocks, numbers);
  if (notes.size === 0) return read;
  const kind = kindOf([...notes.keys()][0] as string);
  const labels = new Map([...numbers].filter(([id]) => kindOf(id) === kind));
  const entries = new Set(notes.keys());
  const blocks = read.blocks
    .filter((b) => !(b.kind === 'note' && b.noteId && notes.has(b.noteId)))
    .map((b) => withNoteCitations(b, labels, entries));
  const references: SourceReference[] = [...notes]
    .map(([id, note]) => ({ number: labels.get(id) as number, raw: note.text, line: 0 }))
    .sort((a, b) => a.number - b.number)
    .map((r, i) => ({ ...r, line: blocks.length + i + 1 }));
  return { ...read, blocks, references };
}
