/**
 * Pandoc's tables written without pipes, which R Markdown vignettes and pandoc-authored Markdown
 * use and a CommonMark parser reads as paragraphs, thematic breaks and setext headings (a table's
 * last row above its closing dashes became a section): simple tables (a header line over a line of
 * dash groups, one row per line), multiline tables (framed by lines of dashes, rows apart by blank
 * lines, a cell's text wrapped within its column), and grid tables (`+---+---+` borders, `|`
 * cells). Columns are where the dash groups (or the `+`s) are. A `Table: …` or `: …` paragraph
 * next to a table is its caption.
 *
 * Read by hand over lines, so no pattern backtracks over a long line. Line numbers are 1-based.
 */

export interface PandocTableRow {
  /** Each cell's text, its lines joined by a space, Pandoc's escaped space (`\ `) a space. */
  cells: string[];
  line: number;
  header: boolean;
}

export interface PandocTable {
  /** The first and last line the table and its caption take. */
  start: number;
  end: number;
  rows: PandocTableRow[];
  caption: { text: string; line: number } | null;
}

interface Span {
  start: number;
  end: number;
}

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

/** The runs of a character in a line made only of that character and spaces, or null. */
function runsOf(line: string, char: string): Span[] | null {
  const runs: Span[] = [];
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (c === char) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) runs.push({ start, end: i });
    start = -1;
    if (c !== undefined && c !== ' ' && c !== '\t') return null;
  }
  return runs.length > 0 ? runs : null;
}

/** A line of dashes alone, three or more: a multiline table's frame. */
function isRule(line: string | undefined): boolean {
  const runs = line === undefined ? null : runsOf(line, '-');
  return runs !== null && runs.length === 1 && (runs[0] as Span).end - (runs[0] as Span).start >= 3;
}

/**
 * Dash groups apart by spaces ("------- ------ -----"), two or more of two dashes or more, none
 * indented as code: the line under a table's header that says where its columns are.
 */
function columnGroups(line: string | undefined): Span[] | null {
  if (line === undefined || /^(?: {4}|\t)/.test(line)) return null;
  const runs = runsOf(line, '-');
  if (runs === null || runs.length < 2 || runs.some((r) => r.end - r.start < 2)) return null;
  return runs;
}

const isDashesOnly = (line: string | undefined): boolean => isRule(line) || columnGroups(line) !== null;

/** Where each column starts: a column owns the gap before it (a right-aligned cell reaches into it). */
function bounds(groups: Span[]): number[] {
  return [0, ...groups.slice(0, -1).map((g) => g.end)];
}

function cellsOf(lines: string[], starts: number[]): string[] {
  return starts.map((from, i) => {
    const to = starts[i + 1];
    const parts = lines.map((line) => line.slice(from, to).trim()).filter((part) => part !== '');
    return unescapeSpaces(parts.join(' '));
  });
}

/** Pandoc's non-breaking space "\ " is a space; a cell of one "\" (an empty cell kept open) is empty. */
function unescapeSpaces(text: string): string {
  return text.replace(/\\ /g, ' ').replace(/\\$/, '').replace(/\s+/g, ' ').trim();
}

/** Lines from `from` apart by blank lines, up to `to` (exclusive): each run one row. */
function rowsApartByBlanks(
  lines: readonly string[],
  from: number,
  to: number,
): { first: number; lines: string[] }[] {
  const rows: { first: number; lines: string[] }[] = [];
  let current: { first: number; lines: string[] } | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i] as string;
    if (isBlank(line)) current = null;
    else if (current) current.lines.push(line);
    else {
      current = { first: i, lines: [line] };
      rows.push(current);
    }
  }
  return rows;
}

/**
 * For each line, the first line at or after it that is dashes alone with a blank line (or the end)
 * under it, or -1: one pass from the end, so that a document of many openings and no closing is
 * not searched to its end from each.
 */
function closingRules(lines: readonly string[]): Int32Array {
  const next = new Int32Array(lines.length + 1).fill(-1);
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = isDashesOnly(lines[i]) && isBlank(lines[i + 1]) ? i : (next[i + 1] as number);
  }
  return next;
}

/** A multiline table's header is a few lines: no longer search above its column line. */
const MAX_HEADER_LINES = 12;
/** Nor are its rows more than this many lines: a closing line further down is another's. */
const MAX_BODY_LINES = 500;

/** A line's length without its trailing white space. */
function visibleLength(line: string): number {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end;
}

/**
 * The closing line of a table framed by dashes whose rows start at `from`: near enough, and no
 * line between wider than the table (its widest dash line, with a little slack), as a paragraph
 * of prose would be if the opening had not been a table's. -1 when there is none.
 */
function closingWithin(lines: readonly string[], from: number, width: number, closes: Int32Array): number {
  const close = closes[from] as number;
  if (close < 0 || close - from > MAX_BODY_LINES) return -1;
  const limit = Math.max(width, visibleLength(lines[close] as string)) + 2;
  for (let i = from; i < close; i++) if (visibleLength(lines[i] as string) > limit) return -1;
  return close;
}

const row = (cells: string[], index: number, header: boolean): PandocTableRow => ({
  cells,
  line: index + 1,
  header,
});

type Found = { start: number; end: number; rows: PandocTableRow[] };

/** A table whose dash groups are on line `g` (0-based), or null. */
function dashTableAt(lines: readonly string[], g: number, closes: Int32Array): Found | null {
  const groups = columnGroups(lines[g]) as Span[];
  const starts = bounds(groups);
  // Multiline with a header: a rule, header lines, the groups; rows apart by blank lines, a rule.
  let top = g - 1;
  while (top >= 0 && top > g - MAX_HEADER_LINES && !isBlank(lines[top]) && !isRule(lines[top])) top--;
  const rule = top >= 0 && isRule(lines[top]) ? visibleLength(lines[top] as string) : 0;
  const width = Math.max(visibleLength(lines[g] as string), rule);
  if (top >= 0 && top < g - 1 && isRule(lines[top]) && isBlank(lines[top - 1])) {
    const close = closingWithin(lines, g + 1, width, closes);
    if (close < 0) return null;
    const header = row(cellsOf(lines.slice(top + 1, g), starts), top + 1, true);
    const body = rowsApartByBlanks(lines, g + 1, close).map((r) =>
      row(cellsOf(r.lines, starts), r.first, false),
    );
    return { start: top + 1, end: close + 1, rows: [header, ...body] };
  }
  // Simple with a header: one header line over the groups, one row per line up to a blank line.
  if (!isBlank(lines[g - 1]) && isBlank(lines[g - 2])) {
    let end = g + 1;
    while (end < lines.length && !isBlank(lines[end])) end++;
    const bodyEnd = isDashesOnly(lines[end - 1]) && end - 1 > g ? end - 1 : end;
    const rows = [row(cellsOf([lines[g - 1] as string], starts), g - 1, true)];
    for (let i = g + 1; i < bodyEnd; i++) rows.push(row(cellsOf([lines[i] as string], starts), i, false));
    return rows.length > 1 ? { start: g, end, rows } : null;
  }
  // No header: the groups open it and dashes close it; rows apart by blank lines if any are.
  if (isBlank(lines[g - 1])) {
    const close = closingWithin(lines, g + 1, width, closes);
    if (close < 0) return null;
    const blanks = lines.slice(g + 1, close).some(isBlank);
    const body = blanks
      ? rowsApartByBlanks(lines, g + 1, close)
      : lines.slice(g + 1, close).map((line, i) => ({ first: g + 1 + i, lines: [line] }));
    if (body.length === 0) return null;
    return {
      start: g + 1,
      end: close + 1,
      rows: body.map((r) => row(cellsOf(r.lines, starts), r.first, false)),
    };
  }
  return null;
}

/** "+----+-----+" or "+====+=====+" (a grid table's border; "=" under its header), or null. */
function gridBorder(line: string | undefined): { columns: number[]; header: boolean } | null {
  const text = line?.trimEnd() ?? '';
  if (!/^\s*\+[-=:]/.test(text) || !text.endsWith('+')) return null;
  const columns: number[] = [];
  let fill = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '+') columns.push(i);
    else if (c === '-' || c === '=' || c === ':') fill += c === ':' ? '' : c;
    else if (c !== ' ' || columns.length > 0) return null;
  }
  return columns.length >= 2 ? { columns, header: fill.includes('=') } : null;
}

/** A grid table whose top border is line `t` (0-based), or null. */
function gridTableAt(lines: readonly string[], t: number): Found | null {
  const top = gridBorder(lines[t]);
  if (!top || !isBlank(lines[t - 1])) return null;
  const rows: PandocTableRow[] = [];
  let pending: { first: number; lines: string[] } | null = null;
  for (let i = t + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const border = gridBorder(line);
    if (border) {
      if (pending) {
        const cells = top.columns.slice(0, -1).map((from, c) =>
          unescapeSpaces(
            (pending as { lines: string[] }).lines
              .map((l) => l.slice(from + 1, top.columns[c + 1]).trim())
              .filter((part) => part !== '' && part !== '|')
              .join(' '),
          ),
        );
        rows.push(row(cells, pending.first, false));
        if (border.header) for (const r of rows) r.header = true;
      }
      pending = null;
      if (isBlank(lines[i + 1])) return rows.length > 0 ? { start: t + 1, end: i + 1, rows } : null;
      continue;
    }
    if (!line.trimStart().startsWith('|')) return null;
    if (pending) pending.lines.push(line);
    else pending = { first: i, lines: [line] };
  }
  return null;
}

const CAPTION = /^\s{0,3}(?:Table)?:\s+(\S.*)$/;

/** A "Table: …" paragraph a blank line above `start` or below `end` (0-based, inclusive). */
function captionNear(
  lines: readonly string[],
  start: number,
  end: number,
): { text: string; first: number; last: number } | null {
  const paragraph = (first: number, step: 1 | -1) => {
    let last = first;
    while (!isBlank(lines[last + step]) && last + step >= 0) last += step;
    return step === 1 ? { first, last } : { first: last, last: first };
  };
  const candidates = [];
  if (isBlank(lines[end + 1]) && !isBlank(lines[end + 2])) candidates.push(paragraph(end + 2, 1));
  if (isBlank(lines[start - 1]) && start >= 2 && !isBlank(lines[start - 2]))
    candidates.push(paragraph(start - 2, -1));
  for (const { first, last } of candidates) {
    const match = CAPTION.exec(lines[first] as string);
    if (!match) continue;
    const text = [match[1] as string, ...lines.slice(first + 1, last + 1)]
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    return { text, first, last };
  }
  return null;
}

/** Whether any line could open a Pandoc table: most documents have none, and are read once. */
export function mayHoldPandocTables(lines: readonly string[]): boolean {
  return lines.some((line) => columnGroups(line) !== null || gridBorder(line) !== null);
}

/**
 * Every Pandoc table on the lines, in order. `excluded(line)` (1-based) says which lines are not
 * Markdown text (code, HTML, the reference list): no table starts or runs there.
 */
export function findPandocTables(
  lines: readonly string[],
  excluded: (line: number) => boolean = () => false,
): PandocTable[] {
  const tables: PandocTable[] = [];
  const closes = closingRules(lines);
  for (let i = 0; i < lines.length; i++) {
    if (excluded(i + 1)) continue;
    const found = columnGroups(lines[i])
      ? dashTableAt(lines, i, closes)
      : gridBorder(lines[i])
        ? gridTableAt(lines, i)
        : null;
    if (!found) continue;
    // 1-based [start, end] of the table itself.
    const first = found.start - 1;
    const last = found.end - 1;
    let blocked = false;
    for (let n = first; n <= last && !blocked; n++) blocked = excluded(n + 1);
    if (blocked) continue;
    const caption = captionNear(lines, first, last);
    tables.push({
      start: Math.min(found.start, caption ? caption.first + 1 : found.start),
      end: Math.max(found.end, caption ? caption.last + 1 : found.end),
      rows: found.rows,
      caption: caption ? { text: caption.text, line: caption.first + 1 } : null,
    });
    i = Math.max(last, caption?.last ?? last);
  }
  return tables;
}
