import { readFile } from 'node:fs/promises';
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { openExplorer } from './explorer-helpers';

const expect = baseExpect.configure({ timeout: 15_000 });

/* Every response carries the security headers, and the pages work under the Content-Security-Policy. */

function expectSecurityHeaders(response: { headers(): Record<string, string> } | null) {
  const headers = response?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("img-src 'self' data: blob:");
  expect(csp).not.toContain('unsafe-eval'); // a production build
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('same-origin');
}

/** Collects what the browser reports as blocked by the policy, from the page and its console. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('a page, an API answer and static files carry the security headers', async ({ page, request }) => {
  const html = await page.goto('/');
  expectSecurityHeaders(html);
  expectSecurityHeaders(await request.get('/api/articles'));
  expectSecurityHeaders(await request.get('/icon.svg'));
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  expect(script).toMatch(/^\/_next\/static\/\S+\.js$/);
  expectSecurityHeaders(await request.get(script as string));
});

test('the explorer draws and exports, the audit and the reader render, with no policy violation', async ({
  page,
}) => {
  const violations = watchViolations(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await openExplorer(page);
  for (const name of ['SVG', 'PNG']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    expect((await readFile(await download.path())).byteLength).toBeGreaterThan(100);
  }
  await page.goto('/audit');
  await expect(page.getByTestId('coverage')).toBeVisible();
  await page.goto('/read');
  await expect(page.locator('[data-claim-id]').first()).toBeVisible();
  expect(violations).toEqual([]);
});
