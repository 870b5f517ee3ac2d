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

/**
 * ".. a comment", ".. _data-families:", ".. _repository: https://…": explicit markup that says
 * nothing to a reader. A directive ("name::") and a substitution ("|name|") hold text, and are left.
 */
function isMarkupOnly(line: string): boolean {
  const opening = /^\s*\.\.(?:\s|$)/.exec(line);
  if (!opening) return false;
  const rest = line.slice(opening[0].length).trim();
  if (rest === '') return true;
  if (rest.startsWith('_')) return rest.includes(':');
  if (rest.startsWith('|') || rest.startsWith('[')) return false;
  return !rest.includes('::');
}

/** One past the last line indented past `indent` after line `i`, blank lines between them included. */
function indentedEnd(lines: readonly SourceLine[], i: number, indent: number): number {
  let end = i + 1;
  for (let j = i + 1; j < lines.length; j++) {
    const text = lines[j]?.text ?? '';
    if (text.trim() === '') continue;
    if (indentOf(text) <= indent) break;
    end = j + 1;
  }
  return end;
}

/** A definition opening on line `i`: its label, indentation and the text on its first line. */
function definitionAt(text: string): { label: string; indent: number; first: string } | null {
  const m = RST_CITATION.test(text) ? CITATION.exec(text) : LINK_TARGET.exec(text);
  if (!m) return null;
  return { label: m[2] as string, indent: (m[1] as string).length, first: (m[3] as string).trim() };
}

/**
 * The lines with each definition, comment and hyperlink target blanked (the line count kept, so
 * positions stay), and the definitions as note blocks.
 */
export function takeRstNotes(lines: readonly SourceLine[]): { body: SourceLine[]; notes: SourceBlock[] } {
  const body = [...lines];
  const notes: SourceBlock[] = [];
  const labelOf = counted();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.text ?? '';
    // A comment or a hyperlink target is markup, not prose: blanked with its indented lines.
    if (isMarkupOnly(line) && !definitionAt(line)) {
      const end = indentedEnd(lines, i, indentOf(line));
      for (let k = i; k < end; k++) body[k] = { ...(lines[k] as SourceLine), text: '' };
      i = end - 1;
      continue;
    }
    const opened = definitionAt(line);
    if (!opened) continue;
    const end = indentedEnd(lines, i, opened.indent);
    const parts = [opened.first, ...lines.slice(i + 1, end).map((l) => l.text.trim())];
    // A word's label stays with its entry, as a labelled list writes it ("[Jones2000] …"): the
    // list is then read as labelled, as a run of such citations always was. A number or "#"
    // numbers the note, and is dropped.
    const label = /^\d+$/.test(opened.label) || AUTO.has(opened.label) ? [] : [`[${opened.label}]`];
    const text = [...label, ...parts].filter((p) => p !== '').join(' ');
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

/**
 * A citation is a hyperlink target too, named by its label: `itertools_` and `` `Fn.py`_ `` reach
 * `.. [itertools]` and `.. [fn.py]` as `[itertools]_` does (reference names ignore case). A word
 * so marked that names no citation is a link, and cites nothing.
 */
function namedReferences(text: string): { start: number; end: number; name: string }[] {
  const found: { start: number; end: number; name: string }[] = [];
  // Read back from each underscore that ends a word: one pass, no expression to backtrack.
  for (let at = text.indexOf('_'); at >= 0; at = text.indexOf('_', at + 1)) {
    if (/[\p{L}\p{N}_]/u.test(text[at + 1] ?? '')) continue;
    if (text[at - 1] === TICK) {
      const open = text.lastIndexOf(TICK, at - 2);
      if (open >= 0 && at - open <= 42)
        found.push({ start: open, end: at + 1, name: text.slice(open + 1, at - 1) });
      continue;
    }
    let start = at;
    while (start > 0 && at - start < 40 && NAME_CHAR.test(text[start - 1] as string)) start--;
    while (start < at && /[.+-]/.test(text[start] as string)) start++;
    if (start < at) found.push({ start, end: at + 1, name: text.slice(start, at) });
  }
  return found;
}

const NAME_CHAR = /[\p{L}\p{N}.+-]/u;

/** The blocks with each reference to a defined note marked as that note's callout. */
export function withRstNoteCallouts(blocks: SourceBlock[], notes: readonly SourceBlock[]): SourceBlock[] {
  if (notes.length === 0) return blocks;
  const defined = new Set(notes.map((n) => n.noteId));
  // Citations by a word's label, as reference names: lower case, white space as one space.
  const named = new Map<string, string>();
  for (const id of defined) {
    const label = id?.slice('rst-'.length) ?? '';
    // A label with no letter, or "#…", numbers its note ("[1]", "[#]", "[#fn-intro]"): no name.
    if (/\p{L}/u.test(label) && !label.startsWith('#')) named.set(label.toLowerCase(), id as string);
  }
  const labelOf = counted();
  return blocks.map((block) => {
    if (block.kind === 'note') return block;
    const found: SourceNoteCallout[] = [];
    for (const m of block.text.matchAll(REFERENCE)) {
      const note = noteId(labelOf(m[1] as string));
      if (defined.has(note)) found.push({ start: m.index, end: m.index + m[0].length, note });
    }
    if (named.size > 0) {
      for (const { start, end, name } of namedReferences(block.text)) {
        const note = named.get(name.replace(/\s+/g, ' ').toLowerCase());
        if (note && !found.some((f) => start < f.end && f.start < end)) found.push({ start, end, note });
      }
      found.sort((a, b) => a.start - b.start);
    }
    return found.length > 0 ? { ...block, notes: [...(block.notes ?? []), ...found] } : block;
  });
}
