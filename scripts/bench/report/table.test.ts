import { describe, expect, it } from 'vitest';
import { formatNumber, markdownTable } from './table';

describe('report tables', () => {
  it('writes a Markdown table with escaped pipes and readable numbers', () => {
    const md = markdownTable({
      title: 't',
      head: ['What', 'ms'],
      rows: [
        ['a|b', 1234.5],
        ['c', 0.123],
      ],
    });
    expect(md.split('\n')).toEqual(['| What | ms |', '|---|---|', '| a\\|b | 1,235 |', '| c | 0.12 |']);
  });

  it('shows a missing figure as a dash, never as 0', () => {
    expect(formatNumber(Number.NaN)).toBe('-');
  });
});
