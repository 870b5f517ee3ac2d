import { defineConfig, devices } from '@playwright/test';
import { harnessPorts, LOOPBACK } from './lib/env';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './scripts/chromium';

const appPort = harnessPorts().CLAIMTRACE_TEST_APP_PORT;

/*
 * e2e tests drive Debian's Chromium (no browser download: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1)
 * against `next start` on port 3100 (CLAIMTRACE_TEST_APP_PORT). `npm test` runs this with NEO4J_URI pointing at its own
 * test Neo4j (port 7688) after seeding it; the web server inherits that environment, the write
 * token and one-time sign-in token that scripts/test.ts makes for the run included.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  // The box has 2 cores, shared with Neo4j and the Next server.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/reports/e2e.json' }]],
  use: {
    baseURL: `http://${LOOPBACK}:${appPort}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: [...CHROMIUM_ARGS] },
      },
    },
  ],
  webServer: {
    // Loopback whatever HOST says: a throw-away server with a known write token serves no network.
    command: `npx --no-install next start -p ${appPort} -H ${LOOPBACK}`,
    url: `http://${LOOPBACK}:${appPort}`,
    // Never reuse: a server left on that port may point at another database.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
