import type { SourceBlock } from './document/source-document';
import type { MarkerRecord } from './graph-document';

/**
 * Footnote and endnote references (a Word note's superscript "1"). A note reference is a callout:
 * it keeps with the sentence it follows, as "memory.¹" does, so the stop before it still ends that
 * sentence; and it cites what its note cites (a note "See Walker, 2009." lends the sentence its
 * citation), found in the note by the same rules as in any block. A note that cites nothing gives
 * its reference no targets: it is then a span for the sentence splitter and no marker.
 */
export interface NoteCallouts {
  /** The block's note references as markers, with the numbers their notes cite (maybe none). */
  of(block: SourceBlock): MarkerRecord[];
}

export function noteCallouts(
  blocks: SourceBlock[],
  markersOf: (block: SourceBlock) => MarkerRecord[],
): NoteCallouts {
  const notes = new Map<string, SourceBlock>();
  for (const block of blocks) if (block.kind === 'note' && block.noteId) notes.set(block.noteId, block);
  const cited = new Map<string, number[]>();
  const targets = (id: string) => {
    let numbers = cited.get(id);
    if (numbers === undefined) {
      const note = notes.get(id);
      // A label the note opens with is its own ("[#mathnormal] ``mathnormal`` is used …", as
      // reStructuredText notes are kept), not a callout of another work.
      const own = (m: MarkerRecord) => m.start === 0 && note?.text.startsWith(`${m.raw} `);
      numbers = note
        ? [
            ...new Set(
              markersOf(note)
                .filter((m) => !own(m))
                .flatMap((m) => m.numbers),
            ),
          ]
        : [];
      cited.set(id, numbers);
    }
    return numbers;
  };
  return {
    of: (block) =>
      (block.notes ?? []).map((n) => ({
        raw: block.text.slice(n.start, n.end),
        numbers: targets(n.note),
        start: n.start,
        end: n.end,
      })),
  };
}
