import Table from 'cli-table3';

/** A plain-text table (no colour codes) that reads the same in a terminal, a CI log and a file. */
export function table(
  head: string[],
  colWidths: number[],
  rows: (string | number)[][],
  compact = false,
): string {
  // Compact (no rule between rows) only where no cell wraps, or wrapped rows would run together.
  const t = new Table({ head, colWidths, wordWrap: true, style: { head: [], border: [], compact } });
  t.push(...rows);
  return t.toString();
}
