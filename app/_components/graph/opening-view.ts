import type { Core } from 'cytoscape';

/**
 * Below this zoom a fitted graph is a sliver: thousands of elements in the evidence trail's tall
 * columns fit the canvas at about 1 %, where no node can be told from another.
 */
export const MIN_OVERVIEW_ZOOM = 0.15;
const PADDING = 20;

export interface Box {
  x1: number;
  y1: number;
  w: number;
}

/**
 * The view a graph opens on when fitting it whole would be unreadable: its full width (at most
 * life size) from its top, so the first rows read and the rest is a scroll away. Null when the
 * whole graph fits at a readable zoom, or when fitting the width gains nothing.
 */
export function readableOpening(
  fittedZoom: number,
  box: Box,
  canvasWidth: number,
): { zoom: number; pan: { x: number; y: number } } | null {
  if (fittedZoom >= MIN_OVERVIEW_ZOOM || box.w <= 0) return null;
  const zoom = Math.min(1, (canvasWidth - 2 * PADDING) / box.w);
  if (zoom <= fittedZoom) return null;
  return { zoom, pan: { x: PADDING - box.x1 * zoom, y: PADDING - box.y1 * zoom } };
}

/** Fits the graph, or opens on its top at a readable zoom when the fit would be a sliver. */
export function openView(cy: Core): void {
  cy.fit(undefined, PADDING);
  const opening = readableOpening(cy.zoom(), cy.elements().boundingBox(), cy.width());
  if (opening) cy.viewport(opening);
}
