import cytoscape from 'cytoscape';
// @ts-expect-error: no type declarations
import fcose from 'cytoscape-fcose';

let registered = false;

/**
 * Cytoscape with the extensions the explorer uses. Cytoscape and fcose are imported statically, so
 * their code downloads with the page's own JavaScript and the canvas can be created in the same
 * effect that hydration runs, with no promise or extra render in between (docs/decisions/010-drawing-speed.md).
 * Both are safe to evaluate on the server.
 */
export function cytoscapeWithExtensions(): typeof cytoscape {
  if (!registered) {
    registered = true;
    // Edges drawn before the first layout (all nodes at the origin) would each log a warning.
    cytoscape.warnings(false);
    cytoscape.use(fcose);
  }
  return cytoscape;
}

let svgExport: Promise<void> | null = null;

/**
 * cytoscape-svg, loaded on the first SVG export rather than with the page: it touches `window` when
 * it loads (so it is a browser-only import), and its code would otherwise be fetched and compiled
 * while the first graph is drawn. Cytoscape adds extensions to instances that already exist.
 */
export function loadSvgExport(): Promise<void> {
  svgExport ??= import(
    // @ts-expect-error: no type declarations
    'cytoscape-svg'
  ).then((svg: { default: cytoscape.Ext }) => {
    cytoscape.use(svg.default);
  });
  return svgExport;
}
