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

/** Frames a set of nodes (a trace) so it fills the view, without zooming in past readable size. */
export function frame(cy: Core, ids: Iterable<string>, animate = true) {
  let eles = cy.collection();
  for (const id of ids) eles = eles.union(cy.getElementById(id));
  const shown = eles.filter(':visible');
  if (shown.empty()) return;
  const cap = () => {
    if (!cy.destroyed() && cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  cy.stop();
  if (!animate) {
    cy.fit(shown, 80);
    cap();
    return;
  }
  cy.animate({ fit: { eles: shown, padding: 80 } }, { duration: 250, complete: cap });
}
