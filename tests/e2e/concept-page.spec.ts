import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/*
 * The concept page and the explorer's concept filter on the seeded database. Expectations from
 * reading the seed article: no sentence names alexithymia, but [3] "Gender differences in
 * alexithymia" (Levant et al., 2009, Psychology of Men & Masculinity) is about it; "Narcissistic
 * Personality Disorder is characterized …[16]" cites a number the reference list lacks.
 */

const SLUG = 'emotionally-unavailable-men';
const SHOTS = '/tmp/pages-shots';
const VIEWPORTS = [
  { name: 'desktop', size: { width: 1280, height: 800 } },
  { name: 'phone', size: { width: 390, height: 844 } },
];

async function axeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
}

async function fitsWidth(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const vp of VIEWPORTS) {
  test.describe(`concept page (${vp.name})`, () => {
    test.use({ viewport: vp.size });

    test('Alexithymia: no claim names it, the 2009 work about it backs it', async ({ page }) => {
      await page.goto(`/concepts/${encodeURIComponent('concept:alexithymia')}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alexithymia');
      await expect(page.getByTestId('concept-figures')).toContainText('no claim about it needs evidence');
      await expect(page.getByText('No claim in any article mentions it.')).toBeVisible();
      const works = page.getByRole('region', { name: /Works that back it/ });
      await expect(works.getByRole('link', { name: 'Gender differences in alexithymia' })).toBeVisible();
      await expect(works).toContainText('(2009) about it');
      await expect(page.getByTestId('year-chart')).toContainText('2009');
      await expect(page.getByTestId('year-chart')).toContainText('1 work');
      await expect(page.getByRole('region', { name: 'Top venues' })).toContainText(
        'Psychology of Men & Masculinity',
      );
      await fitsWidth(page);
      await axeClean(page);
      await page.screenshot({ path: `${SHOTS}/concept-alexithymia-${vp.name}.png`, fullPage: true });
    });

    test('Narcissistic personality disorder: claims by status, no coverage, the article that discusses it', async ({
      page,
    }) => {
      await page.goto(`/concepts/${encodeURIComponent('concept:narcissistic-personality-disorder')}`);
      await expect(page.getByTestId('concept-figures')).toContainText('0% of');
      const unlisted = page.getByRole('region', { name: /Cites a number with no listed reference/ });
      await expect(unlisted).toContainText('Narcissistic Personality Disorder is characterized');
      await expect(page.getByRole('region', { name: /No citation \(/ })).toContainText(
        'If you criticize a narcissistic man',
      );
      await expect(
        page.getByRole('region', { name: /Articles that discuss it \(1\)/ }).getByRole('link'),
      ).toHaveAttribute('href', `/read?article=${SLUG}`);
      await expect(page.getByText(/Without a year: 1 work/)).toBeVisible();
      await fitsWidth(page);
      await axeClean(page);
      await page.screenshot({ path: `${SHOTS}/concept-npd-${vp.name}.png`, fullPage: true });
    });
  });
}

test('the concept panel links to the concept page', async ({ page }) => {
  await page.goto(`/?article=${SLUG}&concept=${encodeURIComponent('concept:alexithymia')}`);
  await page.getByTestId('concept-page-link').click();
  await expect(page).toHaveURL(/\/concepts\/concept(%3A|:)alexithymia$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alexithymia');
});

test('filtering the explorer by a concept no claim names keeps the work about it and says why', async ({
  page,
}) => {
  await page.goto(`/?article=${SLUG}&concepts=${encodeURIComponent('concept:alexithymia')}`);
  await expect(page.getByTestId('filter-notes')).toHaveText(
    'Alexithymia: no claim mentions it; 1 work is about it.',
  );
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  // [3] is cited once ("Psychologists call this …"): that claim, its section, the work, its four
  // authors, its venue and the concept.
  await expect(page.getByText(/^9 nodes/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/explorer-filter-alexithymia.png` });
});
