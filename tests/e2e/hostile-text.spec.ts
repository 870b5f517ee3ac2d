import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { env } from '@/lib/env';
import { auditReportSchema } from '@/lib/schemas/audit-report';
import { openExplorer, withCy } from './explorer-helpers';
import {
  CLOSE_SCRIPT,
  FORMULA,
  HOSTILE_SLUG,
  hostileText,
  hostileVocabulary,
  IMG,
  JS_LINK,
  SCRIPT,
  SVG,
} from './support/hostile-text';

const expect = baseExpect.configure({ timeout: 15_000 });

/*
 * Markup in an article's text reaches every page as text: loaded through the write API, the
 * article's payloads are shown literally by the explorer, the audit, the reader and the exports,
 * and none of them runs. Removed afterwards, so the other tests see the seed alone.
 */

function bearer() {
  const token = env().CLAIMTRACE_WRITE_TOKEN;
  if (!token) throw new Error('CLAIMTRACE_WRITE_TOKEN is not set: run the e2e tests with `npm test`.');
  return { authorization: `Bearer ${token}` };
}

let api: APIRequestContext;

test.beforeAll(async ({ playwright, baseURL }) => {
  api = await playwright.request.newContext({ baseURL });
  const posted = await api.post('/api/articles', {
    data: { slug: HOSTILE_SLUG, text: hostileText, vocabulary: hostileVocabulary },
    headers: bearer(),
  });
  // 201, or 200 when an interrupted run left it behind: either way it now holds this text.
  expect([200, 201], await posted.text()).toContain(posted.status());
});

test.afterAll(async () => {
  expect((await api.delete(`/api/articles/${HOSTILE_SLUG}`, { headers: bearer() })).status()).toBe(204);
  await api.dispose();
});

/** Records every dialog (alert, confirm, prompt) the page opens, and dismisses it. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * Nothing ran and nothing that could run is in the document: no element carries an event handler
 * attribute, no link or frame a javascript: URL, no <img src=x> or frame from the payloads. The
 * attribute checks do not depend on timing; window.__xss is read once the page's requests settle
 * (an <img src=x> fires onerror after its request fails).
 */
async function expectInert(page: Page, dialogs: string[]) {
  await page.waitForLoadState('networkidle');
  const found = await page.evaluate(() => ({
    ran: (window as unknown as { __xss?: unknown }).__xss,
    handlers: [...document.querySelectorAll('*')]
      .filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
      .map((el) => el.outerHTML.slice(0, 120)),
    jsUrls: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
      .filter((el) =>
        ['href', 'src', 'action', 'formaction'].some((n) =>
          /^\s*javascript:/i.test(el.getAttribute(n) ?? ''),
        ),
      )
      .map((el) => el.outerHTML.slice(0, 120)),
    injected: document.querySelectorAll('img[src="x"], iframe').length,
    scripts: [...document.scripts].filter((s) => s.text.trimStart().startsWith('window.__xss')).length,
  }));
  expect(found).toEqual({ ran: undefined, handlers: [], jsUrls: [], injected: 0, scripts: 0 });
  expect(dialogs).toEqual([]);
}

/** The page shows `text` literally, as the characters of a text node. */
async function expectShown(page: Page, text: string) {
  await expect(page.getByText(text, { exact: false }).first()).toBeAttached();
}

test('the explorer shows the payloads as text on the canvas, in its SVG, outline, filters, search and every panel', async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  await openExplorer(page, `?article=${HOSTILE_SLUG}`);
  await expectShown(page, `Sleep ${IMG} and memory`); // the article picker
  await expectShown(page, `Sleep ${IMG}`); // a concept filter
  await expectShown(page, `Memory ${SVG}`);
  await expectShown(page, `Night ${SCRIPT} shift`); // the outline's sections
  await expectShown(page, `Closing ${CLOSE_SCRIPT} notes`);
  await expectInert(page, dialogs);

  // The canvas holds the labels as text, and its SVG export writes them as escaped text.
  const labels = await withCy(page, (cy) => cy.nodes().map((n) => String(n.data('full'))), null);
  expect(labels).toEqual(expect.arrayContaining([`Walker${IMG}, M. P.`, `Sleep ${IMG}`, `Memory ${SVG}`]));
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'SVG' }).click(),
  ]);
  const svg = await page.evaluate(
    (text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        wellFormed: doc.querySelector('parsererror') === null,
        active: doc.querySelectorAll('script, img, iframe, foreignObject, [onload], [onerror]').length,
        text: doc.documentElement.textContent ?? '',
      };
    },
    await readFile(await file.path(), 'utf8'),
  );
  expect(svg).toMatchObject({ wellFormed: true, active: 0 });
  expect(svg.text).toContain('Walker<img src=x onerr');

  // Search for the markup itself; choosing the hit traces the claim.
  const box = page.getByRole('combobox', { name: 'Search claims, works and authors' });
  await box.fill('<img src=x onerror');
  const hits = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(hits.filter({ hasText: `Studies show ${IMG}` })).toHaveCount(1);
  await hits.filter({ hasText: `Studies show ${IMG}` }).click();
  const claim = page.getByTestId('claim-panel');
  await expect(claim).toBeVisible();
  await expectInert(page, dialogs);
  await expect(claim.locator('mark.current')).toContainText(`Studies show ${IMG} that sleep`);
  await expect(claim).toContainText(`Night ${SCRIPT} shift`);
  await expect(claim).toContainText(`The role of sleep ${SCRIPT} in cognition`);

  // From the claim to its first citation's author, venue and work.
  const citation = claim.getByTestId('citation').first();
  await citation.getByRole('link', { name: `Walker${IMG}, M. P.` }).click();
  await expect(page.getByTestId('author-panel').getByRole('heading', { level: 2 })).toHaveText(
    `Walker${IMG}, M. P.`,
  );
  await expectInert(page, dialogs);
  await page.goBack();
  await page
    .getByTestId('citation')
    .first()
    .getByRole('link', { name: `Annals ${SVG} of Science` })
    .click();
  await expect(page.getByTestId('venue-panel').getByRole('heading', { level: 2 })).toHaveText(
    `Annals ${SVG} of Science, 1156(1), 168-197`,
  );
  await expectInert(page, dialogs);
  await page.goBack();
  await page.getByTestId('citation').first().getByRole('link', { name: 'Work details' }).click();
  const work = page.getByTestId('work-panel');
  await expect(work.getByRole('heading', { level: 2 })).toHaveText(
    `The role of sleep ${SCRIPT} in cognition`,
  );
  await expect(work).toContainText(`Walker${IMG}`);
  await expectInert(page, dialogs);

  // A concept's panel shows its label and the claims that mention it.
  await page.goto(`/?article=${HOSTILE_SLUG}&concept=concept%3Amemory`);
  const concept = page.getByTestId('concept-panel');
  await expect(concept.getByRole('heading', { level: 2 })).toHaveText(`Memory ${SVG}`);
  await expect(concept).toContainText(`Recall ${CLOSE_SCRIPT} of things.`);
  await expect(concept).toContainText(`Naps ${SVG} help memory too.`);
  await expectInert(page, dialogs);
});

test('the audit page and the reader show the payloads as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto(`/audit?article=${HOSTILE_SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Sleep ${IMG} and memory`);
  const claims = page.getByTestId('claims-table');
  await expect(claims).toContainText(`Read ${JS_LINK} or the summary`);
  await expect(claims).toContainText(`Naps ${SVG} help memory too.`);
  await expect(claims).toContainText(FORMULA);
  await expectInert(page, dialogs);

  await page.goto(`/read?article=${HOSTILE_SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Sleep ${IMG} and memory`);
  const article = page.locator('article');
  await expect(article).toContainText(`Night ${SCRIPT} shift`);
  await expect(article).toContainText(`Closing ${CLOSE_SCRIPT} notes`);
  await expect(article).toContainText(`Studies show ${IMG} that sleep`);
  await expect(article).toContainText(`Walker${IMG}, M. P. (2009)`);
  await expectInert(page, dialogs);
  // A marker's popover shows its reference entry as written.
  await page.locator('[data-marker="[1]"]').first().hover();
  const popover = page.getByRole('tooltip');
  await expect(popover).toBeVisible();
  await expectInert(page, dialogs);
  await expect(popover).toContainText(
    `Walker${IMG}, M. P. (2009). The role of sleep ${SCRIPT} in cognition.`,
  );
  await expect(popover).toContainText(`Annals ${SVG} of Science`);
});

test("the audit's CSV and JSON downloads hold the payloads as data, and no cell starts a formula", async ({
  page,
}) => {
  await page.goto(`/audit?article=${HOSTILE_SLUG}`);
  const download = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name }).click(),
    ]);
    return readFile(await file.path(), 'utf8');
  };
  const report = auditReportSchema.parse(JSON.parse(await download('Download JSON')));
  const texts = report.claims.map((c) => c.text);
  expect(texts).toContain(`Studies show ${IMG} that sleep consolidates memory.[1]`);
  expect(texts).toContain(`Naps ${SVG} help memory too.[2]`);
  expect(texts).toContain(`${FORMULA} says sleep debt harms attention.[1, 2]`);
  expect(report.title).toBe(`Sleep ${IMG} and memory`);

  const csv = Papa.parse<Record<string, string>>(await download('Download CSV'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.errors).toEqual([]);
  const byId = new Map(csv.data.map((row) => [row.claim_id, row]));
  for (const claim of report.claims) {
    const cell = byId.get(claim.id)?.text ?? '';
    // A cell that would start a formula is prefixed with an apostrophe; every other is as written.
    expect(cell).toBe(/^[=+\-@\t\r]/.test(claim.text) ? `'${claim.text}` : claim.text);
  }
  expect(csv.data.every((row) => !/^[=+\-@]/.test(row.text ?? ''))).toBe(true);
});
