/**
 * Lines of plain text and Markdown that are structure, not prose: rows of a table written with
 * "|" cells, the delimiter row under a table's header, and footnote definitions ("[^1]: …").
 * Read by hand, character by character, so no pattern backtracks over a long line.
 */

/** The cells of a table row ("| a | b |", "a | b"), trimmed; null when the line is no row. */
export function tableCells(line: string): string[] | null {
  const text = line.trim();
  if (!text.startsWith('|') || text.length < 3) return null;
  const inner = text.slice(1, text.endsWith('|') ? -1 : undefined);
  // A "|" escaped as "\|" belongs to its cell.
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\' && inner[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells.length >= 2 || text.endsWith('|') ? cells : null;
}

/** "|---|:---:|" under a header row: every cell dashes with optional alignment colons. */
export function isTableDelimiter(line: string): boolean {
  const cells = tableCells(line);
  if (!cells) return false;
  return cells.every((cell) => {
    let i = cell.startsWith(':') ? 1 : 0;
    let dashes = 0;
    while (cell[i] === '-') {
      dashes++;
      i++;
    }
    if (cell[i] === ':') i++;
    return dashes > 0 && i === cell.length;
  });
}

/** A table row as one block's text: its non-empty cells joined by " | ". */
export function rowText(cells: readonly string[]): string {
  return cells.filter((c) => c !== '').join(' | ');
}

/** The text of a footnote definition ("[^1]: Smith…", "[^note]: …"), or null. */
export function footnoteDefinition(line: string): string | null {
  const text = line.trimStart();
  if (!text.startsWith('[^')) return null;
  const close = text.indexOf(']:', 2);
  if (close < 3 || close > 40 || text.slice(2, close).includes(']')) return null;
  return text.slice(close + 2).trim();
}
