import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test } from '@playwright/test';
import { claimCiting, clickNode, openExplorer, waitForGraph, withCy } from './explorer-helpers';

// Panels wait for an API reply; on a busy 2-core machine that can take a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

/* The explorer on the seeded article, in Chromium against the real Neo4j that `npm test` provides. */

test('clicking the claim that cites [16] shows the "no listed reference" badge and its unlisted work', async ({
  page,
}) => {
  // The evidence-trail layout places every claim on its own row, so a click lands on one node.
  await openExplorer(page, '?layout=evidence-trail');
  const claimId = await claimCiting(page, 16);
  await clickNode(page, claimId);

  await expect(page).toHaveURL(new RegExp(`claim=${encodeURIComponent(claimId)}`));
  const badge = page.getByTestId('evidence-badge');
  await expect(badge).toHaveAttribute('data-status', 'unlisted');
  await expect(badge).toHaveText('Cites a number with no listed reference');
  await expect(page.getByTestId('unlisted-work')).toContainText('[16]');
  await expect(page.locator('mark.current')).toContainText('Narcissistic Personality Disorder');

  // On the canvas the unlisted work lights up with the claim; unrelated claims fade.
  const state = await withCy(
    page,
    (cy, id) => {
      const work = cy
        .edges('.cites')
        .filter((e) => e.source().id() === id)
        .map((e) => e.target())[0];
      return {
        workTraced: work?.hasClass('traced') ?? false,
        workUnlisted: work?.hasClass('work-unlisted') ?? false,
        fadedClaims: cy.nodes('.claim.faded').length,
      };
    },
    claimId,
  );
  expect(state).toMatchObject({ workTraced: true, workUnlisted: true });
  expect(state.fadedClaims).toBeGreaterThan(50);
  await page.screenshot({ path: 'test-results/explorer-traced-claim.png' });
});

test('filtering by a concept leaves only the claims that mention it and their evidence', async ({ page }) => {
  await openExplorer(page);
  const box = page.getByRole('checkbox', { name: /Narcissistic personality disorder/ });
  await box.click();
  await expect(box).toBeChecked();
  await expect(page).toHaveURL(/concepts=/);

  const drawn = await withCy(
    page,
    (cy) => {
      const concept = cy
        .nodes('.concept')
        .filter((n) => /narcissistic/i.test(String(n.data('full'))))
        .map((n) => n.id())[0];
      const claims = cy.nodes('.claim').filter((n) => !n.hasClass('hidden'));
      const claimIds = new Set(claims.map((c) => c.id()));
      const works = cy.nodes('.work').filter((n) => !n.hasClass('hidden'));
      return {
        claims: claims.length,
        allMention: claims.every((c) =>
          c.connectedEdges('.mentions').some((e) => e.target().id() === concept),
        ),
        worksCited: works.every((w) => w.connectedEdges('.cites').some((e) => claimIds.has(e.source().id()))),
        hiddenClaims: cy.nodes('.claim.hidden').length,
      };
    },
    null,
  );
  expect(drawn.claims).toBeGreaterThan(0);
  expect(drawn.allMention).toBe(true);
  expect(drawn.worksCited).toBe(true);
  expect(drawn.hiddenClaims).toBeGreaterThan(40);

  // The outline mirrors the filter; clearing restores everything.
  await page.getByRole('treeitem').first().focus();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect.poll(() => withCy(page, (cy) => cy.nodes('.hidden').length, null)).toBe(0);
});

test('a deep link restores selection, filters and layout after reload; Back steps through selections', async ({
  page,
}) => {
  await openExplorer(page);
  const c16 = await claimCiting(page, 16);
  const c3 = await claimCiting(page, 3);
  const concept = (await withCy(page, (cy) => cy.nodes('.concept').map((n) => n.id())[0], null)) ?? '';
  const url = `/?claim=${encodeURIComponent(c16)}&concepts=${encodeURIComponent(concept)}&status=unlisted,uncited&layout=evidence-trail`;
  await page.goto(url);
  await waitForGraph(page);
  await page.reload();
  await waitForGraph(page);

  await expect(page.getByTestId('evidence-badge')).toHaveAttribute('data-status', 'unlisted');
  await expect(page.getByRole('checkbox', { name: 'No citation', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Cites a number with no listed reference' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('evidence-trail');
  const checkedConcepts = page.locator('.concept-list input:checked');
  await expect(checkedConcepts).toHaveCount(1);

  // Select another claim through a link in the panel's paragraph, then go back.
  await page.goto(`/?claim=${encodeURIComponent(c3)}`);
  await waitForGraph(page);
  await expect(page.getByTestId('claim-panel')).toBeVisible();
  await page.locator('.paragraph a').first().click();
  await expect(page).not.toHaveURL(new RegExp(encodeURIComponent(c3)));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`claim=${encodeURIComponent(c3)}`));
  await expect(page.locator('mark.current')).toBeVisible();
});

test('the outline can be driven from the keyboard and selects on the canvas', async ({ page }) => {
  await openExplorer(page);
  const tree = page.getByRole('tree');
  const first = tree.getByRole('treeitem').first();
  await first.focus();
  await page.keyboard.press('ArrowRight'); // open the first section
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown'); // first claim
  await page.keyboard.press('ArrowDown'); // second claim
  const focused = page.locator('[role="treeitem"]:focus');
  await expect(focused).toHaveAttribute('aria-level', '2');
  const id = await focused.getAttribute('data-id');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`claim=${encodeURIComponent(id ?? '')}`));
  await expect(focused).toHaveAttribute('aria-selected', 'true');
  expect(await withCy(page, (cy, nid) => cy.getElementById(nid).hasClass('focus'), id ?? '')).toBe(true);
  await page.keyboard.press('ArrowLeft'); // back to its section
  await expect(page.locator('[role="treeitem"]:focus')).toHaveAttribute('aria-level', '1');
  await page.keyboard.press('ArrowLeft'); // close it
  await expect(first).toHaveAttribute('aria-expanded', 'false');
});

test('search finds a claim as you type and selects it from the keyboard', async ({ page }) => {
  await openExplorer(page);
  const box = page.getByRole('combobox', { name: 'Search claims, works and authors' });
  await box.fill('silent treat');
  // The search's own options: with two articles in the graph the article picker has options too.
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /opt-0/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/claim=/);
  await expect(page.locator('mark.current')).toContainText(/silent treatment/i);
});

test('the first graph and the article list come with the page: drawn without a request to the API', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path === '/api/graph' || path === '/api/articles') requests.push(r.url());
  });
  await openExplorer(page);
  expect(await withCy(page, (cy) => cy.nodes().length, null)).toBeGreaterThan(100);
  // The article picker mounts with the page; had its list not come embedded, it would ask for it now.
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
});

test('an article the page did not bring is fetched; an unavailable database shows Retry, and Retry recovers', async ({
  page,
}) => {
  let fail = true;
  await page.route('**/api/graph?*', (route) =>
    fail
      ? route.fulfill({ status: 503, json: { error: 'The graph database is unavailable right now.' } })
      : route.continue(),
  );
  // The page embeds the first article under its default key; asking for it by slug is a new
  // query, which the client fetches from /api/graph as it does after a switch of article.
  await openExplorer(page);
  await page.evaluate(() => window.history.pushState(null, '', '/?article=emotionally-unavailable-men'));
  await expect(page.locator('.error-state')).toContainText('unavailable');
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await waitForGraph(page);
});

test('the explorer has no serious or critical axe-core violations, with a claim traced', async ({ page }) => {
  await openExplorer(page, '?layout=evidence-trail');
  await clickNode(page, await claimCiting(page, 3));
  await expect(page.getByTestId('claim-panel')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
