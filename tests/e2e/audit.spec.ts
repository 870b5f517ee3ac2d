import { spawnSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { type AuditReport, auditReportSchema } from '@/lib/schemas/audit-report';

/*
 * The audit page, the reader view and the CLI on the seed article: they must tell the same story.
 * Needs the seeded database that `npm test` provides.
 */

const SLUG = 'emotionally-unavailable-men';
const SEED = 'graph/corpus/emotionally-unavailable-men.txt';

function cliReport(): AuditReport {
  const run = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'scripts/audit.ts', SEED, '--json'],
    {
      encoding: 'utf8',
    },
  );
  expect(run.status).toBe(0);
  return auditReportSchema.parse(JSON.parse(run.stdout));
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

test.describe('citation audit of the seed article', () => {
  const cli = cliReport();
  const unlistedIds = cli.claims.filter((c) => c.status === 'unlisted_only').map((c) => c.id);

  test('the audit page shows coverage and the [16]/[17] claims as unlisted only, as the CLI does', async ({
    page,
  }) => {
    await page.goto(`/audit?article=${SLUG}`);
    await expect(page.getByTestId('coverage')).toHaveText(percent(cli.summary.coverage));
    await expect(page.getByTestId('claims-count')).toHaveText(String(cli.summary.claims));
    await expect(page.getByTestId('backed-count')).toHaveText(String(cli.summary.backed));
    await expect(page.getByTestId('uncited-count')).toHaveText(String(cli.summary.uncited));
    await expect(page.getByTestId('unlisted-only-count')).toHaveText('2');

    await page.getByTestId('status-filter').selectOption('unlisted_only');
    const rows = page.getByTestId('claims-table').locator('tbody tr[data-row]');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: '[16]' })).toContainText('unlisted only');
    await expect(rows.filter({ hasText: '[17]' })).toContainText('unlisted only');
    // Each row opens its claim in the explorer.
    const hrefs = await rows.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(unlistedIds.map((id) => `/?claim=${encodeURIComponent(id)}`).sort());
  });

  test('tables sort and filter', async ({ page }) => {
    await page.goto(`/audit?article=${SLUG}`);
    const rows = page.getByTestId('claims-table').locator('tbody tr[data-row]');
    await page.getByTestId('status-filter').selectOption('uncited');
    await expect(rows).toHaveCount(cli.summary.uncited);
    // Riskiest first by default: the first row is the CLI's top uncited claim.
    await expect(rows.first()).toContainText(cli.findings.uncited[0]?.text ?? '');
    // Sorting by claim puts them in reading order.
    await page.getByTestId('claims-table').getByRole('button', { name: 'Claim' }).click();
    const firstInOrder = cli.claims.find((c) => c.status === 'uncited');
    await expect(rows.first()).toContainText(firstInOrder?.text ?? '');
    await page.getByLabel('Filter').first().fill('Gottman');
    await expect(rows).toHaveCount(0);
    await expect(page.getByTestId('claims-table')).toContainText('Nothing to show.');
    await page.getByTestId('status-filter').selectOption('backed');
    await expect(rows).toHaveCount(1);
  });

  test('the reader view underlines the [16]/[17] claims and shows their markers have no reference', async ({
    page,
  }) => {
    await page.goto(`/read?article=${SLUG}`);
    for (const status of ['backed', 'partly_unlisted', 'unlisted_only', 'uncited'] as const) {
      await expect(page.getByTestId(`legend-count-${status}`)).toHaveText(String(cli.summary[status]));
      await expect(page.locator(`article [data-status="${status}"]`)).toHaveCount(cli.summary[status]);
    }
    for (const id of unlistedIds) {
      const claim = page.locator(`[data-claim-id="${id}"]`);
      await expect(claim).toContainText('unlisted only');
      await expect(claim.locator('a.claim-text').first()).toHaveAttribute(
        'href',
        `/?claim=${encodeURIComponent(id)}`,
      );
    }
    const marker = page.locator('[data-marker="[16]"]');
    await marker.focus();
    await expect(page.getByRole('tooltip')).toHaveText('[16] not in the reference list');
    await marker.press('Escape');
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    const listed = page.locator('[data-marker="[10]"]');
    await listed.hover();
    await expect(page.getByRole('tooltip')).toContainText('Gottman, J. M., & Levenson, R. W. (1992)');
  });

  test('the audit page and the reader have no serious accessibility violations', async ({ page }) => {
    for (const path of [`/audit?article=${SLUG}`, `/read?article=${SLUG}`]) {
      await page.goto(path);
      await expect(page.locator('[data-claim-id], [data-testid="coverage"]').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  });

  test('without ?article= the page audits the first article; an unknown one gets the error state', async ({
    page,
  }) => {
    await page.goto('/audit');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Citation audit: ');
    await expect(page.getByTestId('coverage')).toBeVisible();

    await page.goto('/read?article=no-such-article');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the audit.' });
    await expect(alert).toContainText('No article has the slug "no-such-article"');
    // A 404 answers the same on a second try, so the shared error state offers no Retry for it.
    await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  });

  test('the API answers the same report as the CLI', async ({ request }) => {
    const response = await request.get(`/api/audit/${SLUG}`);
    expect(response.status()).toBe(200);
    expect(auditReportSchema.parse(await response.json())).toEqual(cli);
  });
});
