import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { auditReportSchema } from '@/lib/schemas/audit-report';
import { axeClean, fitsWidth, SHOTS, VIEWPORTS } from './support/page-checks';
import { signIn } from './support/signed-in';
import { writeHeaders } from './support/write-token';

/*
 * /compare on the hand-written drafts of tests/fixtures/drafts: sleep-old is loaded, sleep-new is
 * the new version. From lib/audit/compare-drafts.test.ts: one claim added (Screens…), one removed
 * (Caffeine…), one reworded (…sprint much faster), "Naps help everyone." gains the new [3], two
 * references added (Dhand, Chang), one removed (Smith), coverage 75% → 100%.
 */
const SLUG = 'sleep-compare';
const draft = (name: string) => readFileSync(`tests/fixtures/drafts/${name}.valid.md`, 'utf8');

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  const loaded = await request.post('/api/articles', {
    headers: writeHeaders(),
    data: { slug: SLUG, text: draft('sleep-old') },
  });
  expect(loaded.status()).toBe(201);
});

test.afterAll(async ({ request }) => {
  await request.delete(`/api/articles/${SLUG}`, { headers: writeHeaders() });
});

test.beforeEach(async ({ context, baseURL }) => {
  await signIn(context, baseURL ?? '');
});

/** Drops a file on the drop zone, as a person dragging it from their desktop does. */
async function dropFile(page: Page, name: string, content: string) {
  const transfer = await page.evaluateHandle(
    ([n, c]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([c as string], n as string, { type: 'text/markdown' }));
      return dt;
    },
    [name, content],
  );
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

async function expectTheChanges(page: Page) {
  const report = page.getByTestId('comparison');
  await expect(report.getByRole('heading', { level: 2 })).toHaveText('What changed in “Sleep and training”');
  await expect(page.getByTestId('coverage-before')).toHaveText('75%');
  await expect(page.getByTestId('coverage-after')).toHaveText('100%');
  await expect(page.getByTestId('coverage-delta')).toHaveText('+25 points');
  await expect(report).toContainText('3 of 4 claims backed');
  await expect(report).toContainText('4 of 4 claims backed');
  await expect(page.getByTestId('unchanged-count')).toHaveText('2');

  const rows = (id: string) => page.getByTestId(id).locator('tbody tr');
  await expect(rows('claims-added')).toHaveCount(1);
  await expect(rows('claims-added')).toContainText('Screens before bed delay sleep.[4]');
  await expect(rows('claims-removed')).toHaveCount(1);
  await expect(rows('claims-removed')).toContainText('Caffeine masks fatigue but not its costs.[3]');
  await expect(rows('claims-reworded')).toHaveCount(1);
  await expect(rows('claims-reworded').locator('td')).toHaveText([
    'Athletes who sleep longer sprint faster.[2]',
    'Athletes who sleep longer sprint much faster.[1]',
    '86%',
  ]);
  await expect(rows('citations-changed').locator('td')).toHaveText(['Naps help everyone.[3]', '[3]', '—']);
  await expect(rows('references-added').locator('td:first-child')).toHaveText(['[3]', '[4]']);
  await expect(rows('references-added')).toContainText(['Dhand, R.', 'Chang, A. M.']);
  await expect(rows('references-removed').locator('td')).toContainText(['[3]', 'Smith, A.']);
}

for (const vp of VIEWPORTS) {
  test.describe(`compare page (${vp.name})`, () => {
    test.use({ viewport: vp.size });

    test('from the library row, a dropped new version shows what changed, and nothing is written', async ({
      page,
      request,
    }) => {
      await page.goto('/library');
      await page.getByRole('link', { name: 'Compare a new version of Sleep and training' }).click();
      await expect(page).toHaveURL(/\/compare\?article=sleep-compare$/);
      await expect(page.getByLabel('The loaded article')).toHaveValue(SLUG);

      await dropFile(page, 'sleep-new.md', draft('sleep-new'));
      await expect(page.getByText('sleep-new.md')).toBeVisible();
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await expectTheChanges(page);
      await expect(page.getByTestId('comparison')).toContainText('read as markdown');

      await fitsWidth(page);
      await axeClean(page);
      await page.screenshot({ path: `${SHOTS}/compare-${vp.name}.png`, fullPage: true });

      // The loaded article is still the old draft.
      const audit = auditReportSchema.parse(await (await request.get(`/api/audit/${SLUG}`)).json());
      expect(audit.summary.coverage).toBe(0.75);
      expect(audit.claims.map((c) => c.text)).toContain('Caffeine masks fatigue but not its costs.[3]');
    });

    test("pasted text compares too; a file no reader takes gets the reader's refusal inline", async ({
      page,
    }) => {
      await page.goto(`/compare?article=${SLUG}`);
      await page.getByLabel('Paste its text (plain text or Markdown)').fill(draft('sleep-new'));
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await expectTheChanges(page);

      await page.getByLabel('Paste its text (plain text or Markdown)').fill('');
      await page
        .getByLabel('Or choose a file, or drop it here')
        .setInputFiles({
          name: 'sleep.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.7\n%x\n'),
        });
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      const refusal = page.locator('.input-error');
      await expect(refusal).toContainText('Markdown (.md)');
      await expect(page.getByLabel('Or choose a file, or drop it here')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await expect(page.getByTestId('comparison')).toHaveCount(0);
      await fitsWidth(page);
      await axeClean(page);
      await page.screenshot({ path: `${SHOTS}/compare-refused-${vp.name}.png`, fullPage: true });
    });
  });
}
