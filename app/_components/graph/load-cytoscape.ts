import type cytoscape from 'cytoscape';

let loading: Promise<typeof cytoscape> | null = null;

/**
 * Cytoscape and its extensions touch `window`, so they load in the browser only, once per page.
 * fcose and cytoscape-svg ship no types; they are registered and used through Cytoscape.
 */
export function loadCytoscape(): Promise<typeof cytoscape> {
  loading ??= (async () => {
    const [{ default: cy }, fcose, svg] = await Promise.all([
      import('cytoscape'),
      // @ts-expect-error: no type declarations
      import('cytoscape-fcose'),
      // @ts-expect-error: no type declarations
      import('cytoscape-svg'),
    ]);
    // Edges drawn before the first layout (all nodes at the origin) would each log a warning.
    cy.warnings(false);
    cy.use(fcose.default);
    cy.use(svg.default);
    return cy;
  })();
  return loading;
}
