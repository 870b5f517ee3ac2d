import type { Core } from 'cytoscape';
import type { Trace } from '@/graph/trace';

/**
 * Applies what the explorer decided (visible ids, the trace, the focused node) to the canvas as
 * classes in one batch; the stylesheet says what each class looks like.
 */
export function applyCanvasState(cy: Core, visible: Set<string> | null, trace: Trace | null, focus: string | null) {
  cy.batch(() => {
    cy.elements().forEach((el) => {
      const id = el.id();
      el.toggleClass('hidden', visible !== null && !visible.has(id));
      const inTrace = trace !== null && (el.isNode() ? trace.nodes.has(id) : trace.edges.has(id));
      el.toggleClass('traced', inTrace);
      el.toggleClass('faded', trace !== null && !inTrace);
      el.toggleClass('focus', id === focus);
    });
  });
}

/** Brings a node into view without changing the zoom more than needed. */
export function centreOn(cy: Core, id: string) {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
}
