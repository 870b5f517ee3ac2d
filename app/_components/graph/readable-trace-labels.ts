import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { type LabelSide, placeLabels } from './trace-label-placement';

/** The size, in screen pixels, a traced node's label never drops below. */
export const TRACE_LABEL_PX = 12;
/** The width, in screen pixels, a traced label wraps at (it wraps rather than being cut). */
export const TRACE_LABEL_WIDTH_PX = 150;

const KEYS =
  'font-size text-max-width min-zoomed-font-size text-wrap text-valign text-halign text-margin-x text-margin-y';
/** An average glyph's width against the font size, to size a label before it is drawn. */
const GLYPH_WIDTH = 0.6;
const LINE_HEIGHT = 1.25;
const GAP_PX = 3;

/**
 * The width a traced label wraps at. In a layout of columns (`columnGap` graph units apart) it is
 * no wider than a column's share of the screen, so labels of neighbouring columns never meet.
 */
export function traceLabelWidthPx(zoom: number, columnGap: number | null): number {
  if (columnGap === null) return TRACE_LABEL_WIDTH_PX;
  return Math.max(TRACE_LABEL_PX * 3, Math.min(TRACE_LABEL_WIDTH_PX, columnGap * zoom - 2 * GAP_PX - 2));
}

/** A traced label's size and wrapping, in graph units, for it to measure `widthPx` wide on screen at `zoom`. */
export function styleTraceLabel(node: NodeSingular, zoom: number, widthPx: number) {
  node.style({
    'font-size': TRACE_LABEL_PX / zoom,
    'text-max-width': `${widthPx / zoom}px`,
    'min-zoomed-font-size': 0,
    'text-wrap': 'wrap',
  });
}

/**
 * The label's box on screen at `zoom`, once styled: as Cytoscape measures it where there is a
 * renderer to measure text, else estimated from the number of characters.
 */
export function labelSizePx(node: NodeSingular, zoom: number, widthPx: number) {
  const drawn = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  if (drawn.w > 0 && drawn.h > 0 && Number.isFinite(drawn.w)) {
    return { labelWidth: drawn.w * zoom, labelHeight: drawn.h * zoom };
  }
  const text = String(node.data('label') ?? '');
  const width = text.length * TRACE_LABEL_PX * GLYPH_WIDTH;
  const lines = Math.max(1, Math.ceil(width / widthPx));
  return { labelWidth: Math.min(width, widthPx), labelHeight: lines * TRACE_LABEL_PX * LINE_HEIGHT };
}

/** Cytoscape's label style for a side, margins in graph units so they stay GAP_PX on screen. */
function sideStyle(side: LabelSide, zoom: number): Record<string, string | number> {
  const gap = GAP_PX / zoom;
  switch (side) {
    case 'below':
      return { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': gap };
    case 'above':
      return { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': -gap };
    case 'right':
      return { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': gap, 'text-margin-y': 0 };
    case 'left':
      return { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -gap, 'text-margin-y': 0 };
  }
}

/**
 * Keeps the labels of a traced claim's nodes readable at whatever zoom the view is at. Labels are
 * drawn in graph units, so at the zoom an evidence trail of hundreds of nodes opens at they are a
 * few pixels high and give way (min-zoomed-font-size). The traced nodes are a handful, so they get
 * a per-node style that divides their font size and wrap width by the zoom: a constant size on
 * screen, wrapped instead of cut. The rest of the graph keeps the shared stylesheet, so a zoom
 * restyles only the trace. In a layout of columns (`columnGap`) labels wrap at a column's share of
 * the screen. Each label takes the side of its node where it covers no other label of the trace
 * (trace-label-placement.ts), measured as Cytoscape draws it. Returns a function that stops
 * following the zoom.
 */
export function keepTraceLabelsReadable(cy: Core, columnGap: () => number | null = () => null): () => void {
  let styled: NodeCollection = cy.collection();
  let frame: number | null = null;
  const apply = () => {
    frame = null;
    if (cy.destroyed()) return;
    const traced = cy.nodes('.traced');
    styled.difference(traced).removeStyle(KEYS);
    const zoom = cy.zoom();
    if (traced.nonempty()) {
      const widthPx = traceLabelWidthPx(zoom, columnGap());
      // The focused claim's label is placed first, so it keeps its usual place below.
      const ordered = [...traced.filter('.focus'), ...traced.not('.focus')];
      for (const n of ordered) styleTraceLabel(n, zoom, widthPx);
      const sides = placeLabels(
        ordered.map((n) => ({
          id: n.id(),
          ...n.renderedPosition(),
          width: n.renderedWidth(),
          height: n.renderedHeight(),
          ...labelSizePx(n, zoom, widthPx),
        })),
      );
      for (const n of ordered) n.style(sideStyle(sides.get(n.id()) ?? 'below', zoom));
    }
    styled = traced;
  };
  const schedule = () => {
    if (frame === null)
      frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(apply) : -1;
    if (frame === -1) apply();
  };
  // A trace arranged in columns moves its nodes: their labels are placed again.
  cy.on('zoom layoutstop', schedule);
  cy.on('class', 'node', schedule);
  cy.on('position', 'node.traced', schedule);
  apply();
  return () => {
    cy.off('zoom layoutstop', schedule);
    cy.off('class', 'node', schedule);
    cy.off('position', 'node.traced', schedule);
    if (frame !== null && frame !== -1) cancelAnimationFrame(frame);
  };
}
