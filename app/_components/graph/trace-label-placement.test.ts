import { describe, expect, it } from 'vitest';
import { labelBox, overlapArea, type PlacedNode, placeLabels } from './trace-label-placement';

const node = (id: string, x: number, y: number, labelWidth = 100): PlacedNode => ({
  id,
  x,
  y,
  width: 20,
  height: 20,
  labelWidth,
  labelHeight: 14,
});

function overlaps(nodes: PlacedNode[], sides: Map<string, string>): number {
  const boxes = nodes.map((n) => labelBox(n, sides.get(n.id) as never));
  let total = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) total += overlapArea(boxes[i] as never, boxes[j] as never);
  return total;
}

describe('trace label placement', () => {
  it('puts a lone label below its node', () => {
    expect(placeLabels([node('a', 0, 0)])).toEqual(new Map([['a', 'below']]));
  });

  it('moves a label that would cover the one below its neighbour', () => {
    // Two nodes 30 px apart side by side: both labels below would cover each other.
    const nodes = [node('claim', 0, 0), node('work', 30, 0)];
    const sides = placeLabels(nodes);
    expect(sides.get('claim')).toBe('below');
    expect(sides.get('work')).toBe('above');
    expect(overlaps(nodes, sides)).toBe(0);
  });

  it('keeps a column of close nodes legible by using both sides', () => {
    // An evidence-trail column: rows 18 px apart, labels 14 px high.
    const nodes = [node('w1', 0, 0), node('w2', 0, 18), node('w3', 0, 36)];
    const sides = placeLabels(nodes);
    expect(overlaps(nodes, sides)).toBe(0);
    expect(new Set(sides.values()).size).toBeGreaterThan(1);
  });

  it('never lets a label cover another node', () => {
    const nodes = [node('a', 0, 0), node('b', 0, 30)];
    const sides = placeLabels(nodes);
    const body = { x1: -10, x2: 10, y1: 20, y2: 40 }; // b's own box
    expect(overlapArea(labelBox(nodes[0] as PlacedNode, sides.get('a') as never), body)).toBe(0);
  });
});
