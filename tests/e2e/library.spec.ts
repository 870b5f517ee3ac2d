import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { SHOTS, SIZES, signIn } from './support/signed-in';
import { writeHeaders } from './support/write-token';

const expect = baseExpect.configure({ timeout: 15_000 });
const SEED = 'emotionally-unavailable-men';
const SEED_TITLE = 'Emotionally unavailable men';

const article = (title: string) =>
  `${title}\n\nStudies show that sleep consolidates memory.[1]\n\nReferences\n\n[1] Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the New York Academy of Sciences, 1156(1), 168-197.\n`;

async function seriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const table = (page: Page) => page.getByTestId('library-table');
const row = (page: Page, text: string) => table(page).locator('tbody tr').filter({ hasText: text });

for (const size of SIZES) {
  test.describe(`the library at ${size.name} size`, () => {
    test.use({ viewport: size.viewport });

    test('lists the seed, sorts, filters and opens its audit; no page overflow; axe clean', async ({
      page,
    }) => {
      await page.goto('/library');
      await expect(row(page, SEED_TITLE)).toBeVisible();
      await expect(row(page, SEED_TITLE)).toContainText('Text');

      // A figure sorts largest first on the first click (TanStack Table's default for numbers).
      const claims = page.getByRole('columnheader', { name: 'Claims' });
      await claims.getByRole('button').click();
      await expect(claims).toHaveAttribute('aria-sort', 'descending');
      await claims.getByRole('button').click();
      await expect(claims).toHaveAttribute('aria-sort', 'ascending');

      const filter = page.getByLabel('Filter');
      await filter.fill('no such article');
      await expect(table(page)).toContainText('Nothing to show.');
      await filter.fill('emotionally');
      await expect(row(page, SEED_TITLE)).toBeVisible();

      // The page itself never scrolls sideways; a wide table scrolls inside its own box.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(size.viewport.width);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/library-${size.name}.png`, fullPage: true });

      await row(page, SEED_TITLE).getByRole('link', { name: 'Audit' }).click();
      await expect(page).toHaveURL(new RegExp(`/audit\\?article=${SEED}$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(SEED_TITLE);
    });

    test('a browser that may not write sees no Add and no Remove', async ({ page }) => {
      await page.goto('/library');
      await expect(row(page, SEED_TITLE)).toBeVisible();
      await expect(page.getByRole('link', { name: 'Add article' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Remove' })).toHaveCount(0);
      await page.goto('/add');
      await expect(page.getByText('needs this browser signed in')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Preview' })).toHaveCount(0);
    });

    test('Remove asks first, and Yes removes the article', async ({ page, context, request, baseURL }) => {
      const slug = `library-remove-${size.name}`;
      const title = `Sleep to remove at ${size.name} size`;
      const posted = await request.post('/api/articles', {
        headers: writeHeaders(),
        data: { slug, text: article(title) },
      });
      expect(posted.status()).toBe(201);
      await signIn(context, baseURL ?? '');
      await page.goto('/library');
      await expect(page.getByRole('link', { name: 'Add article' })).toBeVisible();

      await row(page, title).getByRole('button', { name: 'Remove' }).click();
      const confirm = row(page, title).getByRole('group', { name: /Remove/ });
      await expect(confirm).toContainText(title);
      await page.screenshot({ path: `${SHOTS}/library-remove-${size.name}.png`, fullPage: true });
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      expect((await request.get(`/api/audit/${slug}`)).status()).toBe(200);

      await row(page, title).getByRole('button', { name: 'Remove' }).click();
      await row(page, title).getByRole('button', { name: 'Yes, remove' }).click();
      await expect(row(page, title)).toHaveCount(0);
      await expect(row(page, SEED_TITLE)).toBeVisible();
      expect((await request.get(`/api/audit/${slug}`)).status()).toBe(404);
    });
  });
}
