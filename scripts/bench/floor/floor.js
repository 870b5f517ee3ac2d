// Draws /data/<name>.json ({ elements, style, layout }) the way the explorer does: create the
// instance, add the elements, run the layout, fit, and call it drawn two frames later.
/* global cytoscape, cytoscapeFcose */
cytoscape.use(cytoscapeFcose);
const params = new URLSearchParams(location.search);
const webgl = params.get('renderer') === 'webgl';
fetch(`/data/${params.get('graph')}.json`)
  .then((r) => r.json())
  .then((graph) => {
    performance.mark('floor:canvas-start');
    const t0 = performance.now();
    const cy = cytoscape({
      container: document.getElementById('cy'),
      style: graph.style,
      minZoom: 0.05,
      maxZoom: 4,
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    });
    cy.add(graph.elements);
    const t1 = performance.now();
    const layout = cy.layout(graph.layout);
    layout.one('layoutstop', () => {
      const t2 = performance.now();
      cy.fit(undefined, 20);
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          performance.mark('floor:graph-ready');
          window.__floor = { initMs: t1 - t0, layoutMs: t2 - t1, elements: cy.elements().length };
        }),
      );
    });
    layout.run();
  })
  .catch((error) => {
    window.__floor = { error: String(error) };
  });
