import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';
import { searchResultSchema } from '@/lib/schemas/details';
import { claimCiting, openExplorer, withCy } from './explorer-helpers';
import { axeClean, fitsWidth, SHOTS } from './support/page-checks';

// Panels wait for an API reply; on a busy 2-core machine that can take a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

/*
 * The explorer, the audit and the reader on a 390×844 phone, on the seeded article; then the skip
 * link and the search box's Enter and arrow keys on a desktop. Before: the explorer's canvas was 0 px
 * wide, its search box 20 px and the page 689 px; a tap meant for a claim ticked a concept's checkbox.
 */
const SLUG = 'emotionally-unavailable-men';
const PHONE = { width: 390, height: 844 };

async function width(page: Page, selector: string) {
  return (await page.locator(selector).first().boundingBox())?.width ?? 0;
}

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('the explorer: the canvas fills the width, a tap on a claim traces it and opens its details as a sheet', async ({
    page,
  }) => {
    await openExplorer(page, '?layout=evidence-trail');
    await fitsWidth(page);
    expect(await width(page, '[data-testid="graph-canvas"]')).toBeGreaterThanOrEqual(PHONE.width - 2);
    expect(await width(page, '.search input')).toBeGreaterThan(300);
    // The canvas has room to draw: most of the screen's height under the header.
    expect((await page.getByTestId('graph-canvas').boundingBox())?.height ?? 0).toBeGreaterThan(400);

    // The whole trail is drawn small on a phone; a finger zooms in before it taps a claim.
    const claimId = await claimCiting(page, 16);
    await expect.poll(() => withCy(page, (cy) => cy.animated(), null)).toBe(false);
    await withCy(
      page,
      (cy, id) => {
        cy.zoom(1.5);
        cy.center(cy.getElementById(id));
      },
      claimId,
    );
    const pos = await withCy(page, (cy, id) => cy.getElementById(id).renderedPosition(), claimId);
    const canvas = await page.getByTestId('graph-canvas').boundingBox();
    if (!canvas) throw new Error('canvas not on screen');
    await page.touchscreen.tap(canvas.x + pos.x, canvas.y + pos.y);

    await expect(page).toHaveURL(new RegExp(`claim=${encodeURIComponent(claimId)}`));
    await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
    await expect(page.getByTestId('evidence-badge')).toHaveText('Cites a number with no listed reference');
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await fitsWidth(page);
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/phone-explorer-traced.png` });

    // The other pane: filters and the outline, the full width, the graph out of the way.
    await page.getByRole('button', { name: 'Filters and outline' }).click();
    await expect(page.getByRole('tree', { name: 'Outline' })).toBeVisible();
    await expect(page.getByTestId('graph-canvas')).toBeHidden();
    expect(await width(page, '.left-column')).toBeGreaterThanOrEqual(PHONE.width - 2);
    await fitsWidth(page);
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/phone-explorer-outline.png` });

    // Back on the graph, the canvas is drawn at its full size again.
    await page.getByRole('button', { name: 'Graph' }).click();
    await expect.poll(() => withCy(page, (cy) => cy.width(), null)).toBeGreaterThanOrEqual(PHONE.width - 2);
  });

  test('the skip link reaches the outline', async ({ page }) => {
    await openExplorer(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to outline' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('[role="treeitem"]:focus')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/phone-explorer-skip-link.png` });
  });

  test('the audit: the page fits, its tables scroll inside their own boxes', async ({ page }) => {
    await page.goto(`/audit?article=${SLUG}`);
    await expect(page.getByTestId('claims-table').locator('tbody tr').first()).toBeVisible();
    await fitsWidth(page);
    // The claims table is wider than the phone: it scrolls in its box, not the page.
    const box = await page.getByTestId('claims-table').evaluate((table) => {
      const el = table.parentElement as HTMLElement;
      return { scroll: el.scrollWidth, client: el.clientWidth, overflowX: getComputedStyle(el).overflowX };
    });
    expect(box.scroll).toBeGreaterThan(box.client);
    expect(box.overflowX).toBe('auto');
    // The coverage chart's percentages sit beside their bars, on white, never on the green fill.
    const label = await page.locator('.coverage-label').first().boundingBox();
    const track = await page.locator('.coverage-track').first().boundingBox();
    expect(label && track && label.x >= track.x + track.width).toBe(true);
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/phone-audit-top.png` });
    await page.locator('.coverage-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/phone-audit-chart.png` });
    await page.getByTestId('claims-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/phone-audit-claims.png` });
  });

  test('the library fits the width, its table scrolling in its box', async ({ page }) => {
    await page.goto('/library');
    await expect(page.getByTestId('library-table').locator('tbody tr').first()).toBeVisible();
    await fitsWidth(page);
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/phone-library.png` });
  });

  test('the reader fits the width', async ({ page }) => {
    await page.goto(`/read?article=${SLUG}`);
    await expect(page.locator('.reader-page')).toContainText('Narcissistic Personality Disorder');
    await fitsWidth(page);
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/phone-reader.png` });
  });
});

test('the skip link reaches the outline on a desktop too', async ({ page }) => {
  await openExplorer(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to outline' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[role="treeitem"]:focus')).toBeVisible();
});

test('Enter right after typing a new query opens a result of that query, not of the one before', async ({
  page,
  request,
}) => {
  await openExplorer(page);
  const box = page.getByRole('combobox', { name: 'Search claims, works and authors' });
  await box.fill('silent treat');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toContainText(/silent treatment/i);

  // The new query's answer takes a while to come: the old list is still on screen when Enter lands.
  await page.route('**/api/search?*', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await box.fill('Gottman');
  await page.keyboard.press('Enter');

  const answer = searchResultSchema.parse(
    await (await request.get(`/api/search?q=Gottman&article=${SLUG}`)).json(),
  );
  const first = answer.hits[0];
  if (!first) throw new Error('no search hit for Gottman');
  await expect(page).toHaveURL(urlOf(first));
  expect(decodeURIComponent(page.url())).not.toMatch(/silent/i);
});

/** The second hit of "Gottman", the result two arrow presses lead to. */
async function secondGottmanHit(request: APIRequestContext) {
  const answer = searchResultSchema.parse(
    await (await request.get(`/api/search?q=Gottman&article=${SLUG}`)).json(),
  );
  const second = answer.hits[1];
  if (!second) throw new Error('fewer than two search hits for Gottman');
  return second;
}

/**
 * Searches "silent treat", then types "Gottman" while its answer is held back 800 ms, and presses
 * the down arrow twice: the old list is still on screen as the arrows land.
 */
async function arrowsOverSlowSearch(page: Page) {
  await openExplorer(page);
  const box = page.getByRole('combobox', { name: 'Search claims, works and authors' });
  await box.fill('silent treat');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toContainText(/silent treatment/i);
  await page.route('**/api/search?*', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await box.fill('Gottman');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  return { box, results };
}

const urlOf = (hit: { type: string; id: string }) =>
  new RegExp(`${hit.type}=${encodeURIComponent(hit.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test("arrow keys pressed right after typing a new query move through that query's list, not the one before", async ({
  page,
  request,
}) => {
  const second = await secondGottmanHit(request);
  const { box, results } = await arrowsOverSlowSearch(page);
  // Meanwhile the old list is on screen with none of its results highlighted; once the new list is
  // in, its second result is.
  const onScreen = (await results.getByRole('option').allTextContents()).join(' ');
  const highlighted = await results.getByRole('option', { selected: true }).count();
  expect(onScreen).toMatch(/silent treatment/i);
  expect(highlighted).toBe(0);
  await expect(results.getByRole('option', { selected: true })).toContainText(second.label.slice(0, 40));
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(urlOf(second));
});

test('Enter right after arrows on a new query opens the result the arrows lead to in that query', async ({
  page,
  request,
}) => {
  const second = await secondGottmanHit(request);
  await arrowsOverSlowSearch(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(urlOf(second));
});
