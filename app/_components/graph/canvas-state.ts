import type { Collection, Core, SingularElementArgument } from 'cytoscape';
import type { Trace } from '@/graph/trace';

type StateClass = 'hidden' | 'traced' | 'faded' | 'focus';

/**
 * Applies what the explorer decided (visible ids, the trace, the focused node) to the canvas as
 * classes. Only elements whose class actually changes are touched, and each class is set with one
 * call per direction: Cytoscape restyles and emits an event for every element a class call names,
 * even one that already had (or lacked) the class, so toggling each class on each element meant
 * 20,000 restyles and events for a graph of 5,000 elements before its first layout.
 */
export function applyCanvasState(
  cy: Core,
  visible: Set<string> | null,
  trace: Trace | null,
  focus: string | null,
) {
  const want = (el: SingularElementArgument): Record<StateClass, boolean> => {
    const id = el.id();
    const inTrace = trace !== null && (el.isNode() ? trace.nodes.has(id) : trace.edges.has(id));
    return {
      hidden: visible !== null && !visible.has(id),
      traced: inTrace,
      faded: trace !== null && !inTrace,
      focus: id === focus,
    };
  };
  const classes: StateClass[] = ['hidden', 'traced', 'faded', 'focus'];
  const empty = (): Record<StateClass, Collection> => ({
    hidden: cy.collection(),
    traced: cy.collection(),
    faded: cy.collection(),
    focus: cy.collection(),
  });
  // merge() adds to a collection in place, so these grow without copying.
  const add = empty();
  const remove = empty();
  cy.elements().forEach((el) => {
    const w = want(el);
    for (const cls of classes) {
      if (w[cls] !== el.hasClass(cls)) (w[cls] ? add : remove)[cls].merge(el);
    }
  });
  cy.batch(() => {
    for (const cls of classes) {
      if (add[cls].nonempty()) add[cls].addClass(cls);
      if (remove[cls].nonempty()) remove[cls].removeClass(cls);
    }
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
    if (!cy.destroyed() && cy.zoom() > 1.6)
      cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  cy.stop();
  if (!animate) {
    cy.fit(shown, 80);
    cap();
    return;
  }
  cy.animate({ fit: { eles: shown, padding: 80 } }, { duration: 250, complete: cap });
}
