import type { Core, NodeCollection } from 'cytoscape';
import { labelSizePx, styleTraceLabel, traceLabelWidthPx } from './readable-trace-labels';
import { arrangedExtent, type ColumnNode, columnsZoom, panFor, stackColumns } from './trace-columns';

/**
 * Moves a trace's nodes apart within their columns so each label has room (trace-columns.ts), and
 * puts them back when the trace ends. Only traced nodes move, and only their rows: every column
 * stays where the layout put it. Where each moved node was is kept per canvas until restored.
 */
const moved = new WeakMap<Core, Map<string, { x: number; y: number }>>();

/** Puts the nodes an earlier arrangement moved back where the layout had them. */
export function restoreTrace(cy: Core) {
  const before = moved.get(cy);
  moved.delete(cy);
  if (!before || cy.destroyed()) return;
  cy.batch(() => {
    for (const [id, p] of before) {
      const n = cy.getElementById(id);
      if (n.nonempty()) n.position(p);
    }
  });
}

/** Forgets an arrangement without moving anything: a new layout has placed every node again. */
export function forgetTrace(cy: Core) {
  moved.delete(cy);
}

/**
 * Arranges the shown nodes of a trace in their columns and returns the viewport that shows them,
 * `visible` pixels of the canvas's height being uncovered. Null when nothing of the trace is shown.
 */
export function arrangeTrace(
  cy: Core,
  shown: NodeCollection,
  columnGap: number,
  visible: number,
  focus: string | null,
): { zoom: number; pan: { x: number; y: number } } | null {
  restoreTrace(cy);
  if (shown.empty()) return null;
  const { zoom } = columnsZoom(
    shown.map((n) => n.position('x')),
    columnGap,
    cy.width(),
  );
  const widthPx = traceLabelWidthPx(zoom, columnGap);
  // Each label is measured as it will be drawn at that zoom (the label styles follow the zoom).
  const nodes: ColumnNode[] = shown.map((n) => {
    styleTraceLabel(n, zoom, widthPx);
    return {
      id: n.id(),
      ...n.position(),
      height: n.outerHeight(),
      ...labelSizePx(n, zoom, widthPx),
    };
  });
  const focusNode = nodes.find((n) => n.id === focus) ?? nodes[0];
  const focusY = focusNode?.y ?? 0;
  const positions = stackColumns(nodes, zoom, focusY);
  const before = new Map<string, { x: number; y: number }>();
  cy.batch(() => {
    for (const n of nodes) {
      const p = positions[n.id];
      if (!p) continue;
      before.set(n.id, { x: n.x, y: n.y });
      cy.getElementById(n.id).position(p);
    }
  });
  moved.set(cy, before);
  return { zoom, pan: panFor(arrangedExtent(nodes, positions, zoom), zoom, cy.width(), visible, focusY) };
}
