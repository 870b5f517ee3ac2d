import type { Collection, Core, SingularElementArgument } from 'cytoscape';
import type { Trace } from '@/graph/trace';
import { arrangeTrace } from './arrange-trace';

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

/** The zoom a trace is framed at, at most: closer, a handful of nodes would fill a phone. */
const FRAME_MAX_ZOOM = 1.6;
const FRAME_PADDING = 80;

interface BoundingBox {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/** How much of the canvas's height is uncovered: a sheet never counts as covering more than 70 %. */
function visibleHeight(height: number, obscured: number) {
  return Math.max(height - obscured, height * 0.3);
}

/**
 * The zoom and pan that show a bounding box whole in the part of the canvas that is not covered
 * (`obscured` pixels at the bottom: a phone's details sheet), centred there, with padding, and no
 * closer than FRAME_MAX_ZOOM.
 */
export function frameViewport(
  box: BoundingBox,
  width: number,
  height: number,
  obscured: number,
): { zoom: number; pan: { x: number; y: number } } {
  const visible = visibleHeight(height, obscured);
  const padding = Math.min(FRAME_PADDING, width / 6, visible / 6);
  const zoom = Math.min(
    (width - 2 * padding) / Math.max(box.w, 1),
    (visible - 2 * padding) / Math.max(box.h, 1),
    FRAME_MAX_ZOOM,
  );
  return {
    zoom,
    pan: { x: width / 2 - zoom * (box.x1 + box.w / 2), y: visible / 2 - zoom * (box.y1 + box.h / 2) },
  };
}

/**
 * How many pixels at the bottom of the canvas a details sheet covers (0 where the panel is a
 * column). The sheet may still be growing (its claim loading), so it counts at its full height.
 */
function obscuredByPanel(cy: Core): number {
  const container = cy.container();
  const body = container?.closest('.explorer-body');
  const panel = body?.querySelector('.side-panel');
  if (!container || !body || !panel) return 0;
  const style = getComputedStyle(panel);
  if (style.position !== 'absolute') return 0;
  const max = style.maxHeight.endsWith('%')
    ? (Number.parseFloat(style.maxHeight) / 100) * body.clientHeight
    : Number.parseFloat(style.maxHeight) || 0;
  const sheetTop = Math.min(panel.getBoundingClientRect().top, body.getBoundingClientRect().bottom - max);
  return Math.max(0, container.getBoundingClientRect().bottom - sheetTop);
}

export interface FrameOptions {
  animate?: boolean;
  /** The layout's column spacing, when it lays nodes out in columns: the trace is arranged in them. */
  columnGap?: number | null;
  /** The selected node, which a trace too tall for the view is centred on. */
  focus?: string | null;
}

/**
 * Frames a set of nodes (a trace) so it fills the visible view, without zooming in past readable
 * size. In a layout of columns the trace's nodes are first moved apart in their columns so every
 * label has room (arrange-trace.ts); elsewhere the nodes stay where the layout put them.
 */
export function frame(cy: Core, ids: Iterable<string>, options: FrameOptions = {}) {
  const { animate = true, columnGap = null, focus = null } = options;
  let eles = cy.collection();
  for (const id of ids) eles = eles.union(cy.getElementById(id));
  const shown = eles.filter(':visible').nodes();
  if (shown.empty()) return;
  const obscured = obscuredByPanel(cy);
  const view =
    columnGap !== null
      ? arrangeTrace(cy, shown, columnGap, visibleHeight(cy.height(), obscured), focus)
      : frameViewport(shown.boundingBox({}), cy.width(), cy.height(), obscured);
  if (!view) return;
  cy.stop();
  if (!animate) {
    cy.viewport(view);
    return;
  }
  cy.animate(view, { duration: 250 });
}
