import { execFileSync } from 'node:child_process';
import { expect as baseExpect, test } from '@playwright/test';
import { openExplorer, withCy } from './explorer-helpers';

const expect = baseExpect.configure({ timeout: 15_000 });

/*
 * A graph of about 2,000 elements: laid out as the evidence trail, put into the canvas a frame
 * after Cytoscape starts (graph-canvas.tsx, DEFER_FIRST_DRAW_ABOVE), and opened on its first rows
 * at a readable zoom instead of a fitted sliver (opening-view.ts). The seed article is too small
 * for any of that, so this file loads a generated one into the test database and removes it after.
 */
const SLUG = 'large-graph-e2e';

function largeArticle(command: 'load' | 'remove') {
  execFileSync(
    'npx',
    ['--no-install', 'tsx', '--conditions=react-server', 'tests/e2e/support/large-article.ts', command, SLUG],
    {
      stdio: 'inherit',
      timeout: 60_000,
    },
  );
}

test.describe('a large article', () => {
  test.beforeAll(() => largeArticle('load'));
  test.afterAll(() => largeArticle('remove'));

  test('is drawn whole and opens on its first rows at a readable zoom', async ({ page }) => {
    await openExplorer(page, `?article=${SLUG}`);
    const view = await withCy(
      page,
      (cy) => {
        const box = cy.elements().boundingBox();
        const pan = cy.pan();
        return {
          elements: cy.elements().length,
          zoom: cy.zoom(),
          // Where the graph's top-left corner is drawn on the canvas, in pixels.
          corner: { x: box.x1 * cy.zoom() + pan.x, y: box.y1 * cy.zoom() + pan.y },
          height: box.h * cy.zoom(),
          canvasHeight: cy.height(),
        };
      },
      null,
    );
    expect(view.elements).toBeGreaterThan(1500);
    expect(view.zoom).toBeGreaterThanOrEqual(0.15);
    expect(view.corner.x).toBeCloseTo(20, 0);
    expect(view.corner.y).toBeCloseTo(20, 0);
    // Taller than the canvas: the rest is a scroll away, not squeezed into view.
    expect(view.height).toBeGreaterThan(view.canvasHeight);
    await page.screenshot({ path: 'test-results/large-graph.png' });
  });
});
