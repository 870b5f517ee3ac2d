import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { auditReportSchema } from '@/lib/schemas/audit-report';

/*
 * Explorer -> reader and back, on the seeded database. From reading the seed: "Recent psychology
 * research sheds light on …" cites nothing and appeals to research; "Psychologists call this
 * “restrictive emotionality” …[3]" cites "Gender differences in alexithymia", a title sharing no
 * word with the sentence, so the audit marks it worth checking.
 */

const SLUG = 'emotionally-unavailable-men';
const SHOTS = '/tmp/pages-shots';
const VIEWPORTS = [
  { name: 'desktop', size: { width: 1280, height: 800 } },
  { name: 'phone', size: { width: 390, height: 844 } },
];

async function report(page: Page) {
  return auditReportSchema.parse(await (await page.request.get(`/api/audit/${SLUG}`)).json());
}

for (const vp of VIEWPORTS) {
  test.describe(`reader links (${vp.name})`, () => {
    test.use({ viewport: vp.size });

    test('Show in reader opens the sentence focused and outlined, with its risk cues as text', async ({
      page,
    }) => {
      const r = await report(page);
      // The riskiest uncited sentence: the audit gives it reasons, which both views must show.
      const risky = r.findings.uncited[0];
      if (!risky) throw new Error('the seed has uncited claims');
      await page.goto(`/?article=${SLUG}&claim=${encodeURIComponent(risky.claim_id)}`);
      const panel = page.getByTestId('claim-panel');
      await expect(panel.getByTestId('claim-notes')).toContainText(risky.risk_reasons[0] ?? '');
      await panel.getByTestId('show-in-reader').click();
      await expect(page).toHaveURL(/\/read\?article=.*&claim=/);

      const sentence = page.locator(`[data-claim-id="${risky.claim_id}"]`);
      await expect(sentence).toBeFocused();
      await expect(sentence).toHaveAttribute('aria-current', 'true');
      await expect(sentence).toBeInViewport();
      const outline = await sentence.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).toBe('solid');
      const selected = page.getByTestId('selected-claim');
      for (const reason of risky.risk_reasons) await expect(selected).toContainText(reason);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/reader-selected-${vp.name}.png` });

      // And back: the reader's sentence opens the claim in the explorer.
      await selected.getByRole('link', { name: 'Show in explorer' }).click();
      await expect(page.getByTestId('claim-panel')).toBeVisible();
    });
  });
}

test('mismatch hints are written out in the claim panel and the reader', async ({ page }) => {
  const r = await report(page);
  const m = r.findings.mismatch.find((f) => f.text.includes('restrictive emotionality'));
  expect(m?.number).toBe(3);
  const id = encodeURIComponent(m?.claim_id ?? '');
  await page.goto(`/?article=${SLUG}&claim=${id}`);
  await expect(page.getByTestId('claim-panel').getByTestId('claim-notes')).toContainText(
    '[3] “Gender differences in alexithymia”',
  );
  await page.goto(`/read?article=${SLUG}&claim=${id}`);
  await expect(page.getByTestId('selected-claim')).toContainText(
    '[3] “Gender differences in alexithymia”: worth checking',
  );
  await page.screenshot({ path: `${SHOTS}/reader-mismatch.png` });
});
