import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { auditReportSchema } from '@/lib/schemas/audit-report';

/*
 * The work page on the seeded database. Expectations from the seed's reference list: [3] Levant,
 * R. F., Hall, R. J., Williams, C. M., & Hasan, N. T. (2009). Gender differences in alexithymia.
 * Psychology of Men & Masculinity, 10(3), 190–203; cited once, after "restrictive emotionality".
 */

const SLUG = 'emotionally-unavailable-men';
const SHOTS = '/tmp/pages-shots';
const VIEWPORTS = [
  { name: 'desktop', size: { width: 1280, height: 800 } },
  { name: 'phone', size: { width: 390, height: 844 } },
];

async function workId(page: Page, n: number): Promise<string> {
  const report = auditReportSchema.parse(await (await page.request.get(`/api/audit/${SLUG}`)).json());
  const id = report.references.find((r) => r.number === n)?.work_id;
  if (!id) throw new Error(`no work [${n}]`);
  return id;
}

for (const vp of VIEWPORTS) {
  test.describe(`work page (${vp.name})`, () => {
    test.use({ viewport: vp.size });

    test('[3] shows its fields, the article and claim citing it, and its exports', async ({ page }) => {
      const id = await workId(page, 3);
      await page.goto(`/works/${encodeURIComponent(id)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gender differences in alexithymia');
      const fields = page.getByTestId('work-fields');
      for (const [term, value] of [
        ['Year', '2009'],
        ['Venue', 'Psychology of Men & Masculinity'],
        ['Volume', '10'],
        ['Issue', '3'],
        ['Pages', '190-203'],
      ]) {
        await expect(fields.locator('dt', { hasText: term }).locator('+ dd')).toHaveText(value as string);
      }
      await expect(fields.locator('dt', { hasText: 'Authors' }).locator('+ dd')).toContainText('Levant');
      await expect(page.getByRole('region', { name: /Cited in \(1\)/ })).toContainText('as [3]');
      await expect(page.getByRole('region', { name: /Claims citing it \(1\)/ })).toContainText(
        'restrictive emotionality',
      );

      await page.getByTestId('export-bibtex').locator('summary').click();
      await expect(page.getByTestId('export-bibtex').locator('pre')).toContainText('volume = {10}');
      await page.getByTestId('export-ris').locator('summary').click();
      await expect(page.getByTestId('export-ris').locator('pre')).toContainText('TY  - JOUR');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download RIS' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.ris$/);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/work-levant-${vp.name}.png`, fullPage: true });
    });
  });
}

test('[16] is cited but unlisted: the page says so and offers no export', async ({ page }) => {
  const id = await workId(page, 16);
  await page.goto(`/works/${encodeURIComponent(id)}`);
  await expect(page.getByRole('region', { name: /Cited in/ })).toContainText(
    'with no entry in its reference list',
  );
  await expect(page.getByText('A number cited but never listed has no fields to export.')).toBeVisible();
});

test('the work panel links to the work page', async ({ page }) => {
  const id = await workId(page, 3);
  await page.goto(`/?article=${SLUG}&work=${encodeURIComponent(id)}`);
  await page.getByTestId('work-page-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gender differences in alexithymia');
});
