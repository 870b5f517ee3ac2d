import type { Core, NodeCollection } from 'cytoscape';

/** The size, in screen pixels, a traced node's label never drops below. */
export const TRACE_LABEL_PX = 12;
/** The width, in screen pixels, a traced label wraps at (it wraps rather than being cut). */
export const TRACE_LABEL_WIDTH_PX = 150;

const KEYS = 'font-size text-max-width min-zoomed-font-size text-wrap';

/**
 * Keeps the labels of a traced claim's nodes readable at whatever zoom the view is at. Labels are
 * drawn in graph units, so at the zoom an evidence trail of hundreds of nodes opens at they are a
 * few pixels high and give way (min-zoomed-font-size). The traced nodes are a handful, so they get
 * a per-node style that divides their font size and wrap width by the zoom: a constant size on
 * screen, wrapped instead of cut. The rest of the graph keeps the shared stylesheet, so a zoom
 * restyles only the trace. Returns a function that stops following the zoom.
 */
export function keepTraceLabelsReadable(cy: Core): () => void {
  let styled: NodeCollection = cy.collection();
  let frame: number | null = null;
  const apply = () => {
    frame = null;
    if (cy.destroyed()) return;
    const traced = cy.nodes('.traced');
    styled.difference(traced).removeStyle(KEYS);
    const zoom = cy.zoom();
    if (traced.nonempty()) {
      traced.style({
        'font-size': TRACE_LABEL_PX / zoom,
        'text-max-width': `${TRACE_LABEL_WIDTH_PX / zoom}px`,
        'min-zoomed-font-size': 0,
        'text-wrap': 'wrap',
      });
    }
    styled = traced;
  };
  const schedule = () => {
    if (frame === null)
      frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(apply) : -1;
    if (frame === -1) apply();
  };
  cy.on('zoom', schedule);
  cy.on('class', 'node', schedule);
  apply();
  return () => {
    cy.off('zoom', schedule);
    cy.off('class', 'node', schedule);
    if (frame !== null && frame !== -1) cancelAnimationFrame(frame);
  };
}
