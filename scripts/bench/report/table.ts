import Table from 'cli-table3';

/** A table as plain data, so the same rows go to the terminal and to Markdown. */
export interface TableData {
  title: string;
  head: string[];
  rows: (string | number)[][];
}

const cell = (v: string | number): string => (typeof v === 'number' ? formatNumber(v) : v);

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '-';
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString('en-US');
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

export function terminalTable(t: TableData): string {
  const table = new Table({ head: t.head, style: { head: [], border: [] } });
  for (const row of t.rows) table.push(row.map(cell));
  return `${t.title}\n${table.toString()}`;
}

export function markdownTable(t: TableData): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `| ${t.head.map(esc).join(' | ')} |`,
    `|${t.head.map(() => '---').join('|')}|`,
    ...t.rows.map((r) => `| ${r.map((v) => esc(cell(v))).join(' | ')} |`),
  ];
  return lines.join('\n');
}
