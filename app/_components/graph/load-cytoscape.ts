import cytoscape from 'cytoscape';
// @ts-expect-error: no type declarations
import fcose from 'cytoscape-fcose';

let loading: Promise<typeof cytoscape> | null = null;

/**
 * Cytoscape and fcose are imported statically, so their code downloads with the page's own
 * JavaScript, alongside the HTML that now carries the graph; imported on demand after hydration,
 * they were fetched only once the page had run and cost the first drawing about 300 ms at 5,000
 * elements. Both are safe to evaluate on the server. cytoscape-svg touches `window` when it loads,
 * so it stays a browser-only import; it is needed only by the SVG export and is registered when it
 * arrives (Cytoscape adds extensions to instances that already exist).
 */
export function loadCytoscape(): Promise<typeof cytoscape> {
  loading ??= (async () => {
    // Edges drawn before the first layout (all nodes at the origin) would each log a warning.
    cytoscape.warnings(false);
    cytoscape.use(fcose);
    // @ts-expect-error: no type declarations
    void import('cytoscape-svg').then((svg) => cytoscape.use(svg.default));
    return cytoscape;
  })();
  return loading;
}
