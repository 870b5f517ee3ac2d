import type { Block } from './blocks';

/**
 * Tables pasted as plain text without pipes at the ends of their rows ("Strain | Accession |
 * Source"), one row per line: a run of two or more one-line blocks in a row that split on " | "
 * into the same number of cells is a table, each line a row. Read line by line, a row without a
 * callout looks like a plain-text heading and would open a section of its own. The first row is
 * the header when it labels columns: it cites nothing and no cell is a number or a long phrase.
 * A lone line with pipes stays what it was: one line is no evidence of a table.
 */
/** A "|" between spaces or at the end of the line: empty cells write "a | | b" and "a | b |". */
const CELL_SEPARATOR = /(?<=^|\s)\|(?=\s|$)/g;
const MIN_ROWS = 2;
const MAX_LABEL_WORDS = 5;

const cellCount = (text: string) => (text.match(CELL_SEPARATOR)?.length ?? 0) + 1;

export function markPipeRows(blocks: Block[], oneLine: ReadonlySet<Block>): void {
  const candidate = (b: Block | undefined): b is Block =>
    b !== undefined &&
    oneLine.has(b) &&
    (b.type === 'paragraph' || b.type === 'heading') &&
    cellCount(b.text) >= 2;
  for (let i = 0; i < blocks.length; ) {
    const first = blocks[i];
    if (!candidate(first)) {
      i++;
      continue;
    }
    const cells = cellCount(first.text);
    let end = i + 1;
    while (candidate(blocks[end]) && cellCount(blocks[end]?.text ?? '') === cells) end++;
    if (end - i >= MIN_ROWS) {
      for (let k = i; k < end; k++) {
        const row = blocks[k] as Block;
        row.type = 'table-row';
        delete row.level;
      }
      if (labelsColumns(first.text)) first.type = 'table-header';
    }
    i = end;
  }
}

function labelsColumns(row: string): boolean {
  if (/\[\^?\d|\(\s*\d/.test(row)) return false;
  return row
    .split(CELL_SEPARATOR)
    .every((cell) => !/\d/.test(cell) && cell.trim().split(/\s+/).length <= MAX_LABEL_WORDS);
}
