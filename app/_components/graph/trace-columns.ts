/**
 * A trace laid out in columns (the evidence trail), arranged so every traced label has room. The
 * trail stacks a column's nodes a fixed distance apart in graph units; at the zoom a trace is
 * framed at, that is closer on screen than a label is high, so a claim's works or authors covered
 * one another's labels. Here the zoom is chosen first (each traced column gets an equal share of
 * the canvas width, its labels wrapped to that share), then each column's traced nodes are stacked
 * with room for the label below each one, centred on the focused node's row. Pure: graph units in,
 * graph units out, screen sizes given.
 */

/** The zoom a trace is arranged at, at most: closer, a handful of nodes would fill a phone. */
export const COLUMNS_MAX_ZOOM = 1.6;
/** Screen pixels kept clear at the canvas's edges. */
export const EDGE_PX = 10;
/** Screen pixels between a node and its label, and between a label and the next node. */
export const LABEL_GAP_PX = 3;

export interface ColumnNode {
  id: string;
  x: number;
  y: number;
  /** The node's height in graph units. */
  height: number;
  /** Its label's size on screen, at the zoom the arrangement is for. */
  labelWidth: number;
  labelHeight: number;
}

/** The zoom at which the traced columns share the canvas width, and each column's share in pixels. */
export function columnsZoom(columnXs: readonly number[], columnGap: number, width: number) {
  const columns = Math.round((Math.max(...columnXs) - Math.min(...columnXs)) / columnGap) + 1;
  const zoom = Math.min(COLUMNS_MAX_ZOOM, (width - 2 * EDGE_PX) / (columns * columnGap));
  return { zoom, share: columnGap * zoom };
}

/**
 * New rows for the traced nodes: each column in its own order, consecutive nodes apart by the
 * upper node's label and the gaps around it, the column centred on `centreY`.
 */
export function stackColumns(nodes: readonly ColumnNode[], zoom: number, centreY: number) {
  const columns = new Map<number, ColumnNode[]>();
  for (const n of nodes) {
    const col = columns.get(n.x);
    if (col) col.push(n);
    else columns.set(n.x, [n]);
  }
  const positions: Record<string, { x: number; y: number }> = {};
  for (const [x, col] of columns) {
    col.sort((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1));
    const ys: number[] = [];
    col.forEach((n, i) => {
      const above = col[i - 1];
      const prev = ys[i - 1];
      ys.push(
        above === undefined || prev === undefined
          ? 0
          : prev + above.height / 2 + (2 * LABEL_GAP_PX + above.labelHeight) / zoom + n.height / 2,
      );
    });
    // Centred on the nodes themselves, so a column of one node lies on the focused row and the
    // edges between such columns are level.
    const shift = centreY - ((ys[0] ?? 0) + (ys[ys.length - 1] ?? 0)) / 2;
    col.forEach((n, i) => {
      positions[n.id] = { x, y: (ys[i] ?? 0) + shift };
    });
  }
  return positions;
}

interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the arranged trace covers in graph units: its nodes and the labels below them. */
export function arrangedExtent(
  nodes: readonly ColumnNode[],
  positions: Record<string, { x: number; y: number }>,
  zoom: number,
): Extent {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const n of nodes) {
    const p = positions[n.id] ?? n;
    const half = Math.max(n.labelWidth / zoom, n.height) / 2;
    box.x1 = Math.min(box.x1, p.x - half);
    box.x2 = Math.max(box.x2, p.x + half);
    box.y1 = Math.min(box.y1, p.y - n.height / 2);
    box.y2 = Math.max(box.y2, p.y + n.height / 2 + (LABEL_GAP_PX + n.labelHeight) / zoom);
  }
  return box;
}

/**
 * The pan that centres the arranged trace in the uncovered part of the canvas at `zoom`. A trace
 * taller than that part keeps `focusY` (the selected node's row) in the middle instead, so the
 * selection and its nearest evidence are in view and the rest is a drag away.
 */
export function panFor(box: Extent, zoom: number, width: number, visible: number, focusY: number) {
  const fits = (box.y2 - box.y1) * zoom <= visible - 2 * EDGE_PX;
  const centreY = fits ? (box.y1 + box.y2) / 2 : focusY;
  return { x: width / 2 - zoom * ((box.x1 + box.x2) / 2), y: visible / 2 - zoom * centreY };
}
