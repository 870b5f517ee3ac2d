import { describe, expect, it } from 'vitest';
import { findMarkers, markerNumbers, stripMarkers } from './markers';

describe('markers', () => {
  it.each([
    ['[1]', [1]],
    ['[1,2]', [1, 2]],
    ['[1, 2]', [1, 2]],
    ['[1-3]', [1, 2, 3]],
    ['[1–3]', [1, 2, 3]],
    ['[1]–[3]', [1, 2, 3]],
    ['[1][2]', [1, 2]],
    ['[2, 4-6, 9]', [2, 4, 5, 6, 9]],
    ['[^7]', [7]],
    ['[3, 3]', [3]],
  ])('reads %s as %j', (raw, numbers) => {
    expect(markerNumbers(raw)).toEqual(numbers);
    const [marker] = findMarkers(`Claim ${raw}.`);
    expect(marker).toEqual({ raw, numbers, start: 6, end: 6 + raw.length });
  });

  it('treats "[1] [2]" with a space as two markers', () => {
    expect(findMarkers('intimacy.[1] [2]').map((m) => [m.raw, m.start])).toEqual([
      ['[1]', 9],
      ['[2]', 13],
    ]);
  });

  it('ignores bracketed words and empty brackets', () => {
    expect(findMarkers('He said [sic] that [citation needed] and [] and [a1].')).toEqual([]);
  });

  it('keeps the two ends of an implausible range', () => {
    expect(markerNumbers('[5-900]')).toEqual([5, 900]);
    expect(markerNumbers('[9-3]')).toEqual([9, 3]);
  });

  it('strips markers for word matching', () => {
    expect(stripMarkers('conflict[8] and more. [12]')).toBe('conflict and more.');
  });
});
