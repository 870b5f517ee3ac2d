import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { randomStrings } from '@/lib/text/equivalence.test-support';
import { textTable } from './text-table';

/** What the report drew before, with cli-table3: the reference for the linear table. */
function cliTable3(
  head: string[],
  colWidths: number[],
  rows: (string | number)[][],
  compact: boolean,
): string {
  const t = new Table({ head, colWidths, wordWrap: true, style: { head: [], border: [], compact } });
  t.push(...rows);
  return t.toString();
}

describe('textTable', () => {
  it('draws what cli-table3 drew, for short and long cells, wide characters and line breaks', () => {
    const pieces = [
      'a',
      'word',
      ' ',
      '  ',
      '\n',
      'averyveryverylongwordindeed',
      '古',
      'é',
      '[16]',
      '-',
      '…',
      '\t',
      7 as unknown as string,
    ];
    const cells = randomStrings(pieces.map(String), 1200, 16, 11);
    for (let i = 0; i + 5 < cells.length; i += 6) {
      const compact = i % 12 === 0;
      const rows = [
        [cells[i] as string, cells[i + 1] as string, i],
        [cells[i + 2] as string, cells[i + 3] as string, cells[i + 4] as string],
      ].slice(0, 1 + (i % 3 === 0 ? 0 : 1));
      const head = ['finding', cells[i + 5] as string, 'n'];
      expect(textTable(head, [9, 14, 6], rows, compact)).toBe(cliTable3(head, [9, 14, 6], rows, compact));
    }
    expect(textTable(['a'], [5], [], true)).toBe(cliTable3(['a'], [5], [], true));
  });
});
