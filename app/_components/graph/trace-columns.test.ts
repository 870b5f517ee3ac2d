import { describe, expect, it } from 'vitest';
import {
  arrangedExtent,
  type ColumnNode,
  COLUMNS_MAX_ZOOM,
  columnsZoom,
  EDGE_PX,
  LABEL_GAP_PX,
  panFor,
  stackColumns,
} from './trace-columns';

const GAP = 220;

/** A node of the trail: column `col`, row `row` (34 units apart, as the trail stacks them). */
const node = (id: string, col: number, row: number, labelHeight = 15): ColumnNode => ({
  id,
  x: col * GAP,
  y: row * 34,
  height: 24,
  labelWidth: 60,
  labelHeight,
});

describe('columnsZoom', () => {
  it('gives each traced column an equal share of the canvas width', () => {
    // Five columns (0 to 4) on a 390 px phone.
    const { zoom, share } = columnsZoom([0, 4 * GAP, 2 * GAP], GAP, 390);
    expect(share * 5).toBeCloseTo(390 - 2 * EDGE_PX);
    expect(zoom).toBeCloseTo(share / GAP);
  });

  it('comes no closer than the most a trace is zoomed to', () => {
    expect(columnsZoom([GAP], GAP, 2000).zoom).toBe(COLUMNS_MAX_ZOOM);
  });
});

describe('stackColumns', () => {
  const zoom = 0.4;
  // Six authors on consecutive rows of the trail, and the claim they stand behind.
  const authors = [0, 1, 2, 3, 4, 5].map((r) => node(`a${r}`, 3, 10 + r, r === 2 ? 30 : 15));
  const claim = node('c', 1, 12);
  const placed = stackColumns([...authors, claim], zoom, claim.y);

  it('leaves room on screen for the label below each node before the next one', () => {
    for (let i = 1; i < authors.length; i++) {
      const above = authors[i - 1] as ColumnNode;
      const below = authors[i] as ColumnNode;
      const labelBottom =
        ((placed[above.id]?.y ?? 0) + above.height / 2) * zoom + LABEL_GAP_PX + above.labelHeight;
      const nextTop = ((placed[below.id]?.y ?? 0) - below.height / 2) * zoom;
      expect(nextTop - labelBottom).toBeGreaterThanOrEqual(LABEL_GAP_PX - 1e-9);
    }
  });

  it('keeps each column where it was and its nodes in their order', () => {
    const ys = authors.map((a) => placed[a.id]?.y ?? 0);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (const a of authors) expect(placed[a.id]?.x).toBe(3 * GAP);
  });

  it('centres every column on the focused row', () => {
    expect(placed.c?.y).toBeCloseTo(claim.y);
    const ys = authors.map((a) => placed[a.id]?.y ?? 0);
    expect((Math.min(...ys) + Math.max(...ys)) / 2).toBeCloseTo(claim.y);
  });
});

describe('arrangedExtent and panFor', () => {
  const claim = node('c', 1, 0);

  it('covers the nodes and the labels below them', () => {
    const box = arrangedExtent([claim], { c: { x: 220, y: 0 } }, 0.5);
    expect(box).toEqual({ x1: 220 - 60, y1: -12, x2: 220 + 60, y2: 12 + (LABEL_GAP_PX + 15) / 0.5 });
  });

  it('centres a trace that fits in the uncovered part of the canvas', () => {
    const box = { x1: 0, y1: 0, x2: 400, y2: 200 };
    const pan = panFor(box, 1, 600, 300, 50);
    expect(pan).toEqual({ x: 100, y: 50 });
  });

  it('keeps the focused row in the middle of a trace too tall to fit', () => {
    const box = { x1: 0, y1: 0, x2: 400, y2: 2000 };
    const pan = panFor(box, 1, 600, 300, 900);
    expect(pan.y + 900).toBe(150);
  });
});
