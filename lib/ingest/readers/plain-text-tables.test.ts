import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readPlainText } from './plain-text';

/** Tables laid out in columns in plain text, as Pandoc renders a document to text. */
const text = `Cache levels

The ratio of reads matches the inverse ratio of typical latencies [1] (see table below).

  CPU                  L1 latency   L2 latency   source
  -------------------- ------------ ------------ --------
  ARM Cortex A55       2            6            [2]
  AMD Zen+             4            12           [3]

The L3 cache is much larger.

References

[1] Drepper, U. What every programmer should know about memory. 2007.
[2] ARM Ltd. Cortex-A55 technical reference manual. 2017.
[3] AMD. Software optimization guide for AMD family 17h processors. 2017.
`;

describe('plain text: tables in columns', () => {
  it('reads each row as a block of its own, the header as a header', () => {
    const doc = readPlainText(text);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      [
        'paragraph',
        'The ratio of reads matches the inverse ratio of typical latencies [1] (see table below).',
      ],
      ['table-header', 'CPU | L1 latency | L2 latency | source'],
      ['table-row', 'ARM Cortex A55 | 2 | 6 | [2]'],
      ['table-row', 'AMD Zen+ | 4 | 12 | [3]'],
      ['paragraph', 'The L3 cache is much larger.'],
    ]);
  });

  it('gives each row the citation of its own cell', async () => {
    const parsed = await parseArticleBytes(new TextEncoder().encode(text), {
      name: 'cache.txt',
      slug: 'cache',
    });
    expect(
      parsed.claims.filter((c) => c.cites.length > 0).map((c) => [c.text.slice(0, 14), c.cites]),
    ).toEqual([
      ['The ratio of r', [1]],
      ['ARM Cortex A55', [2]],
      ['AMD Zen+ | 4 |', [3]],
    ]);
  });

  it('leaves a heading underlined with dashes, and a rule, as they were', () => {
    const doc = readPlainText(
      'Results\n-------\n\nSleep helps memory [1].\n\n----------\n\n[1] Walker, M. (2009). Sleep. Annals, 1, 2-3.\n',
    );
    expect(doc.blocks.map((b) => b.kind)).not.toContain('table-row');
  });
});
