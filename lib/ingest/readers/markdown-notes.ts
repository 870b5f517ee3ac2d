import type { SourceBlock, SourceNoteCallout } from '../document/source-document';

/**
 * Where a Markdown block's code and note references are, found from private-use marks that the
 * inline walker (markdown.ts) writes around them while it builds the block's text, and Pandoc's
 * inline notes ("… (1996).^[Rossi, McCulloch, and Allenby …]"), which no GFM parser reads.
 *
 * A footnote reference keeps its text as written ("BSM[^BSM]"); it also becomes a note callout
 * naming its definition ("fn:bsm", by the parser's normalised identifier), so that the note can
 * lend it what the note cites, or be an entry of the reference list (markdown-note-references.ts).
 * An inline note is, besides, a note of its own. Where the notes are the reference list, one that
 * holds a work stays in its paragraph as written, the callout of its entry; any other is cut out
 * of its sentence into its note, a mark left in its place (withNotesCut).
 */

const CODE_OPEN = '\uE000';
const CODE_CLOSE = '\uE001';
/** Around a footnote reference: \uE004 identifier \uE005 the reference as written \uE006. */
const NOTE_ID_OPEN = '\uE004';
const NOTE_ID_CLOSE = '\uE005';
const NOTE_CLOSE = '\uE006';

/** Every mark, which a document's own text must not carry into a block. */
export const PRIVATE_MARKS = /[\uE000-\uE006]/g;

/** A span of code in the text being built. */
export const codeMark = (code: string) => `${CODE_OPEN}${code.replace(PRIVATE_MARKS, '')}${CODE_CLOSE}`;

/** A footnote reference in the text being built: shown as written, "[^label]". */
export const noteReferenceMark = (identifier: string, label: string) =>
  `${NOTE_ID_OPEN}${identifier.replace(PRIVATE_MARKS, '')}${NOTE_ID_CLOSE}[^${label.replace(PRIVATE_MARKS, '')}]${NOTE_CLOSE}`;

/** The note id a footnote definition and its references share. */
export const footnoteId = (identifier: string) => `fn:${identifier}`;

/** The block with its marks removed and their places kept: code as `code`, note references as `notes`. */
export function withMarkedSpans(block: SourceBlock): SourceBlock {
  if (!/[\uE000\uE004]/.test(block.text)) return block;
  const code: { start: number; end: number }[] = [];
  const notes: SourceNoteCallout[] = [];
  let text = '';
  let codeStart = -1;
  let noteStart = -1;
  let id: string | null = null;
  for (const ch of block.text) {
    if (ch === CODE_OPEN) codeStart = text.length;
    else if (ch === CODE_CLOSE) {
      if (codeStart >= 0) code.push({ start: codeStart, end: text.length });
      codeStart = -1;
    } else if (ch === NOTE_ID_OPEN) id = '';
    else if (ch === NOTE_ID_CLOSE) noteStart = text.length;
    else if (ch === NOTE_CLOSE) {
      if (id !== null && noteStart >= 0)
        notes.push({ start: noteStart, end: text.length, note: footnoteId(id) });
      id = null;
      noteStart = -1;
    } else if (id !== null && noteStart < 0) id += ch;
    else text += ch;
  }
  return {
    ...block,
    text,
    ...(code.length > 0 ? { code } : {}),
    ...(notes.length > 0 ? { notes: [...(block.notes ?? []), ...notes] } : {}),
  };
}

/** The longest inline note read; a longer one is taken for stray brackets. */
const MAX_INLINE_NOTE = 4000;

/** The offset just past the "]" that closes the "[" at `open`, or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  const last = Math.min(text.length, open + MAX_INLINE_NOTE);
  for (let i = open; i < last; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i + 1;
  }
  return -1;
}

const inCodeAt = (block: SourceBlock, at: number) =>
  block.code?.some((c) => at >= c.start && at < c.end) ?? false;

/**
 * Pandoc's inline notes in a block: each "^[…]" (outside code) a note callout of a note block of
 * its own that follows the block. `nextId` numbers them through the document.
 */
export function withInlineNotes(block: SourceBlock, nextId: () => string): SourceBlock[] {
  if (block.kind === 'note' || !block.text.includes('^[')) return [block];
  const notes: SourceNoteCallout[] = [];
  const noteBlocks: SourceBlock[] = [];
  let from = 0;
  for (let at = block.text.indexOf('^[', from); at >= 0; at = block.text.indexOf('^[', from)) {
    const end = closingBracket(block.text, at + 1);
    const inner = end < 0 ? '' : block.text.slice(at + 2, end - 1).trim();
    if (end < 0 || inner === '' || inCodeAt(block, at)) {
      from = at + 2;
      continue;
    }
    const note = nextId();
    notes.push({ start: at, end, note });
    noteBlocks.push({ kind: 'note', text: inner, line: block.line, noteId: note });
    from = end;
  }
  if (notes.length === 0) return [block];
  const all = [...(block.notes ?? []), ...notes].sort((a, b) => a.start - b.start);
  return [{ ...block, notes: all }, ...noteBlocks];
}

/** Where an inline note was cut from its sentence: the note's callout, which no marker rule reads. */
export const INLINE_NOTE_MARK = '*';

/**
 * Under a document's own reference list, a Pandoc inline note is a note as "[^1]" is: its text
 * leaves the sentence ("S3 methods^[For example, …]" is "S3 methods*") for a note block of its
 * own, and the mark left in its place is its callout, lending the sentence what the note cites.
 */
export function withInlineNotesCut(block: SourceBlock, nextId: () => string): SourceBlock[] {
  const [first, ...noteBlocks] = withInlineNotes(block, nextId);
  if (!first || noteBlocks.length === 0) return [block];
  const inline = new Set(noteBlocks.map((n) => n.noteId));
  return [withNotesCut(first, (note) => inline.has(note)), ...noteBlocks];
}

/**
 * The block with the note callouts `cut` names taken out of its text, INLINE_NOTE_MARK left in
 * each one's place as its callout. What else the block marks moves with the text: code and
 * citations after a cut shift, those inside it go with it. Where the notes are the list, the
 * inline notes that are remarks are cut so (the ones that are works are callouts of entries).
 */
export function withNotesCut(block: SourceBlock, cut: (note: string) => boolean): SourceBlock {
  const cuts = (block.notes ?? []).filter((n) => cut(n.note)).sort((a, b) => a.start - b.start);
  if (cuts.length === 0) return block;
  let text = '';
  let from = 0;
  const marks: SourceNoteCallout[] = [];
  for (const c of cuts) {
    text += block.text.slice(from, c.start);
    marks.push({ start: text.length, end: text.length + INLINE_NOTE_MARK.length, note: c.note });
    text += INLINE_NOTE_MARK;
    from = c.end;
  }
  text += block.text.slice(from);
  const inside = (span: { start: number; end: number }) =>
    cuts.some((c) => span.start >= c.start && span.end <= c.end);
  /** An offset of the old text in the new: less what the cuts before it took out. */
  const shifted = (at: number) =>
    cuts.reduce((n, c) => (c.end <= at ? n - (c.end - c.start) + INLINE_NOTE_MARK.length : n), at);
  const move = <T extends { start: number; end: number }>(spans: T[] | undefined): T[] | undefined =>
    spans?.filter((s) => !inside(s)).map((s) => ({ ...s, start: shifted(s.start), end: shifted(s.end) }));
  const notes = [...(move((block.notes ?? []).filter((n) => !cut(n.note))) ?? []), ...marks].sort(
    (a, b) => a.start - b.start,
  );
  const code = move(block.code);
  const citations = move(block.citations);
  const { notes: _notes, code: _code, citations: _citations, ...rest } = block;
  return {
    ...rest,
    text,
    notes,
    ...(code && code.length > 0 ? { code } : {}),
    ...(citations ? { citations } : {}),
  };
}
