import type { SourceBlock, SourceNoteCallout } from '../document/source-document';

/**
 * Footnotes as a text browser renders them, in plain text made from a manual's HTML (lynx, w3m,
 * xmlto): a superscript note reference becomes `^[1]` in the text ("the X Window System ^[1] .")
 * and the note a paragraph opening with it ("^[1] X Window System™ is a trademark of The Open
 * Group."). The caret tells them from the bracketed callouts of a list numbered the same way
 * ("[1] X Window System Protocol Version 11."): a definition is a note, not a claim, and a
 * reference is its note's callout (lib/ingest/note-callouts.ts), citing what the note cites.
 */

const DEFINITION = /^\^\[(\d{1,4})\]\s+\S/;
const REFERENCE = /\^\[(\d{1,4})\]/g;
const LABEL = /^\^\[\d{1,4}\]\s+/;

/** A note's id: its number and the line its definition stands on (a number may be defined twice). */
const idOf = (n: string, line: number) => `caret-${n}-${line}`;

export function withCaretNotes(blocks: SourceBlock[]): SourceBlock[] {
  const definitions = new Map<string, number[]>();
  for (const block of blocks) {
    const n = DEFINITION.exec(block.text)?.[1];
    if (n !== undefined) definitions.set(n, [...(definitions.get(n) ?? []), block.line]);
  }
  if (definitions.size === 0) return blocks;
  // A reference's note: the nearest definition of its number at or after it, else the last one.
  const noteFor = (n: string, line: number): string | null => {
    const lines = definitions.get(n);
    if (!lines) return null;
    const after = lines.find((l) => l >= line) ?? lines[lines.length - 1];
    return after === undefined ? null : idOf(n, after);
  };
  return blocks.map((block) => {
    const n = DEFINITION.exec(block.text)?.[1];
    // The note without its own label, which would read as a callout of entry n.
    if (n !== undefined)
      return { ...block, kind: 'note', noteId: idOf(n, block.line), text: block.text.replace(LABEL, '') };
    const notes: SourceNoteCallout[] = [];
    for (const m of block.text.matchAll(REFERENCE)) {
      const note = noteFor(m[1] as string, block.line);
      if (note !== null) notes.push({ start: m.index, end: m.index + m[0].length, note });
    }
    return notes.length > 0 ? { ...block, notes: [...(block.notes ?? []), ...notes] } : block;
  });
}
