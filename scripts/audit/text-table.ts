import stringWidth from 'string-width';

/*
 * The audit report's tables, drawn the way cli-table3 drew them (box characters, one space of
 * padding, words wrapped at the column width, an over-long word cut with "…") in linear time.
 * cli-table3 checked every cell against every earlier row for spans (quadratic in rows) and
 * measured a cell's whole text again for each of its lines (quadratic in a long claim): a 512 KB
 * article's report took 8 s, a 5 MB one never finished. Widths come from string-width, as in
 * cli-table3; only emoji joined into one glyph may be cut differently.
 */

/** Printable ASCII is one column a character: most text, measured without string-width's work. */
const PLAIN = /^[ -~]*$/;
const width = (text: string) => (PLAIN.test(text) ? text.length : stringWidth(text));

const widthCache = new Map<string, number>();
function charWidth(ch: string): number {
  let w = widthCache.get(ch);
  if (w === undefined) {
    w = stringWidth(ch);
    widthCache.set(ch, w);
  }
  return w;
}

/** cli-table3's wordWrap: words joined by the spaces between them, a line break where one overflows. */
function wordWrap(maxLength: number, input: string): string[] {
  const lines: string[] = [];
  const split = input.split(/(\s+)/g);
  let line: string[] = [];
  let lineLength = 0;
  let whitespace: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i] as string;
    const wordLength = width(word);
    let newLength = lineLength + wordLength;
    if (lineLength > 0 && whitespace) newLength += whitespace.length;
    if (newLength > maxLength) {
      if (lineLength !== 0) lines.push(line.join(''));
      line = [word];
      lineLength = wordLength;
    } else {
      line.push(whitespace || '', word);
      lineLength = newLength;
    }
    whitespace = split[i + 1];
  }
  if (lineLength) lines.push(line.join(''));
  return lines;
}

/** cli-table3's truncate: the longest start that fits in `width - 1` columns, then "…". */
function truncate(line: string, columns: number): string {
  const full = width(line);
  if (full <= columns) return line;
  const room = columns - 1;
  if (line.length === full) return `${line.slice(0, room)}…`;
  let used = 0;
  let end = 0;
  for (const ch of line) {
    const w = charWidth(ch);
    if (used + w > room) break;
    used += w;
    end += ch.length;
  }
  return `${line.slice(0, end)}…`;
}

function cellLines(content: string, columns: number): string[] {
  return content.split('\n').flatMap((part) => wordWrap(columns, part));
}

function drawLine(line: string, columns: number): string {
  const cut = truncate(line, columns);
  return ` ${cut}${' '.repeat(Math.max(0, columns - width(cut)))} `;
}

function rule(colWidths: readonly number[], [left, mid, right]: string): string {
  return `${left}${colWidths.map((w) => '─'.repeat(w)).join(mid)}${right}`;
}

/** A table with a head row; `compact` leaves out the rule between body rows. */
export function textTable(
  head: readonly string[],
  colWidths: readonly number[],
  rows: readonly (readonly (string | number)[])[],
  compact = false,
): string {
  const out: string[] = [rule(colWidths, '┌┬┐')];
  const drawRow = (cells: readonly (string | number)[]) => {
    const inner = colWidths.map((w) => w - 2);
    const lines = colWidths.map((_, x) => cellLines(String(cells[x] ?? ''), inner[x] as number));
    const height = Math.max(1, ...lines.map((l) => l.length));
    for (let y = 0; y < height; y++) {
      out.push(`│${lines.map((l, x) => drawLine(l[y] ?? '', inner[x] as number)).join('│')}│`);
    }
  };
  drawRow(head);
  rows.forEach((row, i) => {
    if (i === 0 || !compact) out.push(rule(colWidths, '├┼┤'));
    drawRow(row);
  });
  out.push(rule(colWidths, '└┴┘'));
  return out.join('\n');
}
