import { describe, expect, it } from 'vitest';
import { MIN_OVERVIEW_ZOOM, readableOpening } from './opening-view';

describe('readableOpening', () => {
  it('keeps the fit when the whole graph is readable', () => {
    expect(readableOpening(MIN_OVERVIEW_ZOOM, { x1: 0, y1: 0, w: 800 }, 700)).toBeNull();
    expect(readableOpening(0.6, { x1: 0, y1: 0, w: 800 }, 700)).toBeNull();
  });

  it('opens a tall sliver at its full width, from its top-left corner', () => {
    // The evidence trail of 5,000 elements: 6 columns (about 1,300 px) by 70,000 px of rows.
    const view = readableOpening(0.01, { x1: -30, y1: -15, w: 1_300 }, 700);
    expect(view?.zoom).toBeCloseTo(660 / 1_300, 5);
    expect(view?.pan.x).toBeCloseTo(20 + 30 * (660 / 1_300), 5);
    expect(view?.pan.y).toBeCloseTo(20 + 15 * (660 / 1_300), 5);
  });

  it('never zooms past life size, and gives up when the width fit is no better', () => {
    expect(readableOpening(0.05, { x1: 0, y1: 0, w: 200 }, 700)?.zoom).toBe(1);
    expect(readableOpening(0.05, { x1: 0, y1: 0, w: 40_000 }, 700)).toBeNull();
  });
});
