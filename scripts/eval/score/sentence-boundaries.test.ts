import { describe, expect, it } from 'vitest';
import { boundaries, type HandSplit, scoreBoundaries } from './sentence-boundaries';

const block = (sentences: string[]): HandSplit => ({ source: 'a', text: sentences.join(' '), sentences });

describe('boundaries', () => {
  it('puts one where each sentence after the first starts, spaces squeezed', () => {
    expect(boundaries(['Ab.', 'Cd  e.', 'F.'])).toEqual([4, 10]);
    expect(boundaries(['One sentence.'])).toEqual([]);
  });
});

describe('scoreBoundaries', () => {
  const hand = [block(['A b.', 'C d.', 'E f.']), block(['G h.'])];

  it('counts a missed and an extra boundary against recall and precision', () => {
    const app = new Map([
      [hand[0] as HandSplit, ['A b. C d.', 'E f.']],
      [hand[1] as HandSplit, ['G', 'h.']],
    ]);
    const s = scoreBoundaries(hand, app);
    expect([s.handBoundaries, s.appBoundaries, s.correct]).toEqual([2, 2, 1]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.accuracy).toBeCloseTo(1 / 3);
    expect(s.exact).toBe(0);
  });

  it('counts every boundary of a block the app did not give back as missed', () => {
    const s = scoreBoundaries(hand, new Map([[hand[1] as HandSplit, ['G h.']]]));
    expect([s.unmatched, s.handBoundaries, s.correct, s.exact]).toEqual([1, 2, 0, 0.5]);
  });
});
