import { describe, expect, it } from 'vitest';
import { firstCitations, listNumbering, outOfOrder } from './numbering';
import { makeDocument } from './test-document';

describe('outOfOrder', () => {
  it('names the fewest numbers that break ascending first citations (the seed pattern)', () => {
    const doc = makeDocument({
      claims: ['A.[1]', 'B.[2] [3]', 'C.[16]', 'D.[17]', 'E.[4]', 'F.[5]', 'G.[1]'],
    });
    expect(firstCitations(doc.claims).map((f) => f.number)).toEqual([1, 2, 3, 16, 17, 4, 5]);
    const findings = outOfOrder(doc.claims);
    expect(findings.map((f) => f.numbers)).toEqual([[16], [17]]);
    expect(findings[0]).toMatchObject({ claim_id: 'doc/c2', message: '[16] is first cited before [4]' });
  });
  it('finds nothing when first citations ascend, repeats allowed', () => {
    const doc = makeDocument({ claims: ['A.[1]', 'B.[1, 2]', 'C.[3-5]', 'D.[2]'] });
    expect(outOfOrder(doc.claims)).toEqual([]);
  });
  it('reads a marker in written order', () => {
    const doc = makeDocument({ claims: ['A.[2] [1]'] });
    expect(outOfOrder(doc.claims).map((f) => f.numbers)).toEqual([[2]]);
  });
});

describe('listNumbering', () => {
  const entries = (numbers: number[]) => numbers.map((number, line) => ({ number, raw: `E${number}`, line }));
  it('reports gaps from 1 to the highest entry', () => {
    expect(listNumbering(entries([1, 2, 5]))).toEqual([
      { type: 'gap', numbers: [3, 4], claim_id: null, message: 'the reference list skips [3], [4]' },
    ]);
    expect(listNumbering(entries([2, 3]))[0]?.numbers).toEqual([1]);
  });
  it('reports numbers listed twice', () => {
    expect(listNumbering(entries([1, 2, 2, 3]))).toEqual([
      {
        type: 'duplicate_number',
        numbers: [2],
        claim_id: null,
        message: '[2] has 2 entries in the reference list',
      },
    ]);
  });
  it('is quiet for a clean list', () => {
    expect(listNumbering(entries([1, 2, 3]))).toEqual([]);
  });
});
