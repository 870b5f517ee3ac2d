import { expect, test } from '@playwright/test';
import { boltAddress, closedPort, listen } from '../support/local-ports';
import { waitForGraph } from './explorer-helpers';
import { startSecondServer } from './support/second-server';

/*
 * The app served against a Neo4j that is down: every page shows its error with a Retry button
 * within 5 s (README, "When Neo4j is away"), and Retry works once Neo4j is back, without a restart
 * of the web server. A second `next start` of the same build is pointed at a closed port; the test
 * database and the e2e server the other tests use are left alone.
 */

const LIMIT_MS = 5_000;
let server: Awaited<ReturnType<typeof startSecondServer>> | undefined;
let neo4jPort = 0;

test.beforeAll(async () => {
  neo4jPort = await closedPort();
  server = await startSecondServer(await closedPort(), {
    ...process.env,
    NEO4J_URI: `bolt://127.0.0.1:${neo4jPort}`,
  });
  // The first request to each route of a fresh server loads its code: not what is measured here.
  for (const path of ['/', '/audit', '/read', '/api/graph', '/api/articles'])
    await fetch(server.baseUrl + path);
});
test.afterAll(() => server?.stop());

for (const path of ['/', '/audit', '/read', '/audit?article=emotionally-unavailable-men']) {
  test(`${path} shows that the database is unavailable, with Retry, within 5 s`, async ({ page }) => {
    const started = Date.now();
    await page.goto(`${server?.baseUrl}${path}`, { waitUntil: 'commit' });
    const error = page.locator('.error-state');
    await expect(error.getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 30_000 });
    const ms = Date.now() - started;
    test.info().annotations.push({ type: 'time to error', description: `${ms} ms` });
    expect(ms).toBeLessThan(LIMIT_MS);
    await expect(error).toContainText('The graph database is unavailable right now.');
  });
}

test('Retry shows the graph once Neo4j is back, without restarting the web server', async ({ page }) => {
  await page.goto(`${server?.baseUrl}/`);
  const retry = page.locator('.error-state').getByRole('button', { name: 'Retry' });
  await expect(retry).toBeVisible({ timeout: 30_000 });
  const neo4jBack = await listen(neo4jPort, boltAddress(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688'));
  try {
    await retry.click();
    await waitForGraph(page);
  } finally {
    await neo4jBack.close();
  }
});
