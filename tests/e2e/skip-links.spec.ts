import { expect, type Page, test } from '@playwright/test';

/*
 * The audit and the reader open with a header of links (views, library, article picker). A
 * keyboard user's first Tab offers to skip them; the next Tab is then inside the page's content.
 * Needs the seeded database that `npm test` provides.
 */

const SLUG = 'emotionally-unavailable-men';

async function skipsTo(page: Page, linkName: string, content: string) {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: linkName });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator(content)).toBeFocused();
  await page.keyboard.press('Tab');
  // Focus left the header: the next stop is inside the content, not one of the header's links.
  expect(
    await page.evaluate((sel) => document.querySelector(sel)?.contains(document.activeElement), content),
  ).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.closest('header') === null)).toBe(true);
}

test('the audit has a skip link past its header to the findings', async ({ page }) => {
  await page.goto(`/audit?article=${SLUG}`);
  await expect(page.getByTestId('coverage')).toBeVisible();
  await skipsTo(page, 'Skip to the audit', '#audit-content');
});

test('the reader has a skip link past its header to the text', async ({ page }) => {
  await page.goto(`/read?article=${SLUG}`);
  await expect(page.locator('.reader-page')).toContainText('Narcissistic Personality Disorder');
  await skipsTo(page, 'Skip to the text', '#reader-content');
});
