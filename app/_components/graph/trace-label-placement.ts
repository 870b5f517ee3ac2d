/**
 * Where each traced node's label goes so that the trace's labels do not cover one another: a
 * greedy pass, in the order given (the focused claim first), that tries below, above, right and
 * left of each node and keeps the first spot clear of the labels and nodes already placed, or the
 * least covered one. Everything is in screen pixels, where a traced label has a fixed size.
 */

export type LabelSide = 'below' | 'above' | 'right' | 'left';
export const LABEL_SIDES: readonly LabelSide[] = ['below', 'above', 'right', 'left'];

export interface PlacedNode {
  id: string;
  /** Centre on screen. */
  x: number;
  y: number;
  /** The node's own size on screen. */
  width: number;
  height: number;
  /** The label's box on screen. */
  labelWidth: number;
  labelHeight: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const GAP = 3;

export function labelBox(n: PlacedNode, side: LabelSide): Box {
  const halfW = n.width / 2;
  const halfH = n.height / 2;
  switch (side) {
    case 'below':
      return {
        x1: n.x - n.labelWidth / 2,
        x2: n.x + n.labelWidth / 2,
        y1: n.y + halfH + GAP,
        y2: n.y + halfH + GAP + n.labelHeight,
      };
    case 'above':
      return {
        x1: n.x - n.labelWidth / 2,
        x2: n.x + n.labelWidth / 2,
        y1: n.y - halfH - GAP - n.labelHeight,
        y2: n.y - halfH - GAP,
      };
    case 'right':
      return {
        x1: n.x + halfW + GAP,
        x2: n.x + halfW + GAP + n.labelWidth,
        y1: n.y - n.labelHeight / 2,
        y2: n.y + n.labelHeight / 2,
      };
    case 'left':
      return {
        x1: n.x - halfW - GAP - n.labelWidth,
        x2: n.x - halfW - GAP,
        y1: n.y - n.labelHeight / 2,
        y2: n.y + n.labelHeight / 2,
      };
  }
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return w > 0 && h > 0 ? w * h : 0;
}

const nodeBox = (n: PlacedNode): Box => ({
  x1: n.x - n.width / 2,
  x2: n.x + n.width / 2,
  y1: n.y - n.height / 2,
  y2: n.y + n.height / 2,
});

/** A side for each node's label, in the order given. */
export function placeLabels(nodes: readonly PlacedNode[]): Map<string, LabelSide> {
  const taken: Box[] = nodes.map(nodeBox);
  const sides = new Map<string, LabelSide>();
  for (const node of nodes) {
    let best: { side: LabelSide; box: Box; covered: number } | null = null;
    for (const side of LABEL_SIDES) {
      const box = labelBox(node, side);
      const covered = taken.reduce((sum, t) => sum + overlapArea(box, t), 0);
      if (best === null || covered < best.covered) best = { side, box, covered };
      if (covered === 0) break;
    }
    if (best) {
      sides.set(node.id, best.side);
      taken.push(best.box);
    }
  }
  return sides;
}
