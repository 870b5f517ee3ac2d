import { type SourceLine, splitBlocks } from '../blocks';
import type { SourceBlock, SourceDocument } from '../document/source-document';
import { withoutPageFurniture } from '../page-furniture';
import { findReferenceList } from '../reference-list';
import { sourceLinesOf } from '../source-positions';
import { rowText } from '../structure-lines';
import { withCaretNotes } from './caret-notes';
import { footnotesAsReferences } from './markdown-note-references';
import { findPandocTables, mayHoldPandocTables } from './pandoc-tables';
import { takeRstNotes, withRstNoteCallouts } from './rst-notes';

/**
 * Plain text, and Markdown read line by line: a blank line ends a paragraph, list items and
 * headings are blocks, and the reference list is found by its heading or by its shape
 * (lib/ingest/reference-list.ts). Callouts are left for the marker grammar to find. A Markdown
 * "# " heading on the first line is the article's title, and so is a plain one-line heading that
 * opens the file ("Sleep and memory", then a paragraph), unless it names a section.
 */
/** Headings that open a section, not an article: a file that starts with one has no title line. */
const SECTION_NAMES = new Set([
  'abstract',
  'summary',
  'introduction',
  'background',
  'overview',
  'preface',
  'foreword',
  'methods',
  'contents',
  'table of contents',
]);

function isSectionName(heading: string): boolean {
  return SECTION_NAMES.has(
    heading
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .trim(),
  );
}

/**
 * Tables laid out in columns as Pandoc writes them in plain text (a header over dash groups, one
 * row a line; or grid borders): each row a block of its own, its cells joined by " | ", and its
 * lines left blank in the body, where they would have run together into one paragraph.
 */
function withTablesRead(lines: SourceLine[]): { body: SourceLine[]; rows: SourceBlock[] } {
  const texts = lines.map((l) => l.text);
  if (!mayHoldPandocTables(texts)) return { body: lines, rows: [] };
  const tables = findPandocTables(texts);
  if (tables.length === 0) return { body: lines, rows: [] };
  const inTable = new Uint8Array(lines.length + 2);
  for (const t of tables) inTable.fill(1, t.start, t.end + 1);
  const lineOf = (at: number) => lines[at - 1]?.number ?? at;
  const rows = tables.flatMap((table) => {
    const read: SourceBlock[] = table.rows.map((r) => ({
      kind: r.header ? 'table-header' : 'table-row',
      text: rowText(r.cells),
      line: lineOf(r.line),
    }));
    // A caption names the table as its header row does: no claim, unless it cites.
    if (table.caption)
      read.push({ kind: 'table-header', text: table.caption.text, line: lineOf(table.caption.line) });
    return read.filter((b) => b.text !== '');
  });
  return { body: lines.map((l, i) => (inTable[i + 1] ? { ...l, text: '' } : l)), rows };
}

export function readPlainText(text: string): SourceDocument {
  const sourceLines = sourceLinesOf(text);
  const lines = withoutPageFurniture(sourceLines.map((line, i) => ({ text: line, number: i + 1 })));
  // reStructuredText's citations are read where they stand, as notes (rst-notes.ts), a run of
  // them as well: their references, `[1]_`, `[#]_`, `[Jones2000]_`, then reach them.
  const found = findReferenceList(lines);
  const list = found?.fromRst ? null : found;
  const listless = list ? [...lines.slice(0, list.start), ...lines.slice(list.end)] : lines;
  const { body: noteless, notes } = takeRstNotes(listless);
  const { body, rows } = withTablesRead(noteless);
  const read: SourceBlock[] = withCaretNotes(
    withRstNoteCallouts(
      [
        ...splitBlocks(body).map(({ type, text: blockText, line, level }) => ({
          kind: type,
          text: blockText,
          line,
          ...(level === undefined ? {} : { level }),
        })),
        ...rows,
        ...notes,
      ].sort((a, b) => a.line - b.line),
      notes,
    ),
  );
  // No list of its own: notes that name works are the list, as a web page's are.
  const fromNotes = list ? null : footnotesAsReferences(read, notes.length > 0);
  const blocks = fromNotes?.blocks ?? read;
  const first = blocks[0];
  const titled =
    first?.kind === 'heading' &&
    (first.level === 1 ||
      (first.line === 1 &&
        !sourceLines[0]?.trimStart().startsWith('#') &&
        blocks[1]?.kind !== 'heading' &&
        !isSectionName(first.text)));
  return {
    format: 'text',
    title: titled ? first.text : null,
    blocks: titled ? blocks.slice(1) : blocks,
    references: list
      ? list.entries.map(({ number, raw, line }) => ({ number, raw, line }))
      : (fromNotes?.references ?? null),
    referencesHeading: list?.heading ?? null,
    sourceLines,
  };
}
