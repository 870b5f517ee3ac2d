import { execFileSync } from 'node:child_process';
import { expect as baseExpect, test } from '@playwright/test';
import { openExplorer, withCy } from './explorer-helpers';

const expect = baseExpect.configure({ timeout: 15_000 });

/*
 * Source badges with a work marked retracted: the small Retraction Watch CSV loaded into the test
 * graph beside an article that cites [2] (retracted by DOI), [7] (an expression of concern), [9]
 * (retracted, matched by PubMed id) and [6] (possibly retracted: title and year only). Removed after.
 */
const SLUG = 'cited-sources-e2e';
const RETRACTED = 'work:doi:10.5555/claimtrace.retracted';

function sources(command: 'load' | 'remove') {
  execFileSync(
    'npx',
    ['--no-install', 'tsx', '--conditions=react-server', 'tests/e2e/support/cited-sources.ts', command, SLUG],
    { stdio: 'inherit', timeout: 60_000 },
  );
}

test.describe('works with retraction notices', () => {
  test.beforeAll(() => sources('load'));
  test.afterAll(() => sources('remove'));

  test('the explorer draws a retracted work with its badge, and its panel says why', async ({ page }) => {
    await openExplorer(page, `?article=${SLUG}&work=${encodeURIComponent(RETRACTED)}`);
    const node = await withCy(
      page,
      (cy, id) => {
        const n = cy.getElementById(id);
        return { retracted: n.hasClass('source-retracted_source'), label: n.data('label') as string };
      },
      RETRACTED,
    );
    expect(node.retracted).toBe(true);
    expect(node.label).toMatch(/^\[2\] RETRACTED/);
    const panel = page.getByTestId('work-sources');
    await expect(panel.locator('[data-source="retracted_source"]')).toHaveText('retracted');
    await expect(panel).toContainText('retracted on 2019-02-14');
    await expect(panel).toContainText('Falsification/Fabrication of Data');
    await expect(panel).toContainText('Not checked against Crossref yet');
    await page.screenshot({ path: 'test-results/sources-explorer.png' });
  });

  test('the audit page lists the source findings and ranks the claims citing retracted works first', async ({
    page,
  }) => {
    await page.goto(`/audit?article=${SLUG}`);
    const table = page.getByTestId('sources-table').locator('tbody tr[data-row]');
    await expect(table).toHaveCount(4);
    await expect(table.first()).toContainText('[2]');
    await expect(table.first().locator('[data-source]')).toHaveText('retracted');
    await expect(
      page.getByTestId('source-counts').locator('[data-finding="retracted_source"] dd'),
    ).toHaveText('2');
    // Riskiest first by default: the claims citing [2] and [9] (retracted), then [7] (concern).
    const claims = page.getByTestId('claims-table').locator('tbody tr[data-row]');
    await expect(claims.nth(0).locator('[data-source="retracted_source"]')).toBeVisible();
    await expect(claims.nth(1).locator('[data-source="retracted_source"]')).toBeVisible();
    await expect(claims.nth(2).locator('[data-source="expression_of_concern"]')).toBeVisible();
    await page.screenshot({ path: 'test-results/sources-audit.png', fullPage: true });
  });

  test('the reader underlines the claims that cite a retracted work and names it', async ({ page }) => {
    await page.goto(`/read?article=${SLUG}`);
    const flagged = page.locator('article .claim-discredited');
    await expect(flagged).toHaveCount(3);
    await expect(page.locator('article [data-source="retracted_source"]').first()).toContainText(
      'cites a retracted work [2]',
    );
    await expect(page.getByTestId('legend-count-discredited')).toHaveText('3');
    await page.screenshot({ path: 'test-results/sources-reader.png', fullPage: true });
  });

  test('on a phone, the reader wraps its long DOI links instead of widening the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/read?article=${SLUG}`);
    await expect(page.locator('article .claim-discredited')).toHaveCount(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('with retraction data loaded, an article none of whose works it names shows an empty table', async ({
    page,
  }) => {
    await page.goto('/audit?article=emotionally-unavailable-men');
    // The seed's works are not in the CSV: the report holds source data, and nothing against them.
    await expect(page.getByTestId('sources-table').locator('tbody tr[data-row]')).toHaveCount(0);
  });
});
