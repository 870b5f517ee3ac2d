import type { SourceLine } from '../blocks';
import type { SourceBlock, SourceNoteCallout } from '../document/source-document';
import { RST_CITATION } from '../rst-citation';

/**
 * reStructuredText's footnotes and citations where a source defines them, often right after the
 * paragraph that cites them rather than in one list at the end (Sphinx's `_sources/*.rst.txt`):
 * ".. [Jones2000]" with its text indented below, cited as `[Jones2000]_`; ".. [1] `Title <url>`_.
 * Authors.", cited as `[1]_`. A link target named like a footnote, ".. _`[1]`: https://…", cited as
 * `` `[1]`_ ``, is a source given by its address. Each definition is a note, not a claim, and each
 * reference its note's callout: when the document has no list of its own, notes that name works are
 * its list (markdown-note-references.ts), as Markdown's and HTML's are.
 */

const TICK = '`';
const LABEL = String.raw`[^[\]\s${TICK}]{1,40}`;
const CITATION = new RegExp(String.raw`^(\s*)\.\.\s+\[(${LABEL})\](.*)$`);
const LINK_TARGET = new RegExp(String.raw`^(\s*)\.\.\s+_${TICK}\[(${LABEL})\]${TICK}:(.*)$`);
/** `[Jones2000]_`, `[1]_`, `` `[1]`_ ``: rST's references, the underscore after the bracket. */
const REFERENCE = new RegExp(String.raw`${TICK}?\[(${LABEL})\]${TICK}?_(?![\p{L}\p{N}_])`, 'gu');

const noteId = (label: string) => `rst-${label}`;
/** "[#]_" and "[*]_" number themselves: the k-th reference goes to the k-th such definition. */
const AUTO = new Set(['#', '*']);
const counted = () => {
  const seen = new Map<string, number>();
  return (label: string) => {
    if (!AUTO.has(label)) return label;
    const k = (seen.get(label) ?? 0) + 1;
    seen.set(label, k);
    return `${label}${k}`;
  };
};
const indentOf = (text: string) => text.length - text.trimStart().length;

/** A definition opening on line `i`: its label, indentation and the text on its first line. */
function definitionAt(text: string): { label: string; indent: number; first: string } | null {
  const m = RST_CITATION.test(text) ? CITATION.exec(text) : LINK_TARGET.exec(text);
  if (!m) return null;
  return { label: m[2] as string, indent: (m[1] as string).length, first: (m[3] as string).trim() };
}

/** The lines with each definition blanked (the line count kept, so positions stay), and the definitions as note blocks. */
export function takeRstNotes(lines: readonly SourceLine[]): { body: SourceLine[]; notes: SourceBlock[] } {
  const body = [...lines];
  const notes: SourceBlock[] = [];
  const labelOf = counted();
  for (let i = 0; i < lines.length; i++) {
    const opened = definitionAt(lines[i]?.text ?? '');
    if (!opened) continue;
    const parts = [opened.first];
    let end = i + 1;
    // The body goes on over lines indented past the "..", blank lines between them included.
    for (let j = i + 1; j < lines.length; j++) {
      const text = lines[j]?.text ?? '';
      if (text.trim() === '') continue;
      if (indentOf(text) <= opened.indent) break;
      parts.push(text.trim());
      end = j + 1;
    }
    const text = parts.filter((p) => p !== '').join(' ');
    for (let k = i; k < end; k++) body[k] = { ...(lines[k] as SourceLine), text: '' };
    if (text !== '')
      notes.push({
        kind: 'note',
        text,
        line: lines[i]?.number ?? i + 1,
        noteId: noteId(labelOf(opened.label)),
      });
    i = end - 1;
  }
  return { body, notes };
}

/** The blocks with each reference to a defined note marked as that note's callout. */
export function withRstNoteCallouts(blocks: SourceBlock[], notes: readonly SourceBlock[]): SourceBlock[] {
  if (notes.length === 0) return blocks;
  const defined = new Set(notes.map((n) => n.noteId));
  const labelOf = counted();
  return blocks.map((block) => {
    if (block.kind === 'note') return block;
    const found: SourceNoteCallout[] = [];
    for (const m of block.text.matchAll(REFERENCE)) {
      const note = noteId(labelOf(m[1] as string));
      if (defined.has(note)) found.push({ start: m.index, end: m.index + m[0].length, note });
    }
    return found.length > 0 ? { ...block, notes: [...(block.notes ?? []), ...found] } : block;
  });
}
