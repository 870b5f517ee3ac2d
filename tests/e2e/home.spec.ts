import { expect as baseExpect, test } from '@playwright/test';
import { waitForGraph } from './explorer-helpers';

// Panels wait for an API reply; on a busy 2-core machine that can take a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

/* The home page draws the seed graph from Neo4j; the screenshot is kept for people to look at. */
test('the home page draws the article graph and signals when it is ready', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  // The benchmark reads both marks: when Cytoscape started, and when the graph was on screen.
  const marks = await page.evaluate(() =>
    ['claimtrace:canvas-start', 'claimtrace:graph-ready'].map(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
    ),
  );
  const [started, drawn] = marks;
  expect(started).not.toBeNull();
  expect(drawn).toBeGreaterThan(started as number);
  await expect(page.getByRole('heading', { name: /Claimtrace/ })).toBeVisible();
  await expect(page.getByRole('tree')).toBeVisible();
  await expect(page.getByText('Unlisted work')).toBeVisible();
  await page.screenshot({ path: 'test-results/home.png' });
});
