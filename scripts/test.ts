import './load-env';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { newSecret } from '@/lib/auth/new-secret';
import { harnessPorts } from '@/lib/env';
import { CHROMIUM_EXECUTABLE } from './chromium';
import { start, status, stop } from './neo4j/local-neo4j';
import { runDir } from './neo4j/paths';
import { isPortOpen } from './neo4j/port-probe';
import { buildIsStale } from './orchestrate/build-freshness';
import { failAndExit } from './orchestrate/fail';
import { phaseTimer } from './orchestrate/phase-timer';
import { bin, runChild } from './orchestrate/run-child';
import { acquireLock } from './orchestrate/run-lock';
import {
  addCounts,
  type Counts,
  playwrightCounts,
  stepCounts,
  summaryLine,
  vitestCounts,
} from './orchestrate/test-counts';

/*
 * npm test: unit, integration and e2e tests against a Neo4j of their own (port 7688, data wiped
 * on every run, its own password), never the 7687 instance that `npm start` and developers use.
 * CLAIMTRACE_TEST_BOLT_PORT and CLAIMTRACE_TEST_APP_PORT move it and the e2e server (3100).
 * Ends with "N passed, N failed" over all runners, which CI reads.
 */
const { CLAIMTRACE_TEST_BOLT_PORT: TEST_BOLT_PORT, CLAIMTRACE_TEST_APP_PORT: TEST_APP_PORT } = harnessPorts();
const TEST_DATA_DIR = '.neo4j/test-data';
const REPORTS = 'test-results/reports';
const steps = ['unit', 'integration', 'e2e'] as const;
type Step = (typeof steps)[number];

const program = new Command('test')
  .addOption(new Option('--only <step>', 'run one step').choices(steps))
  .argument('[filters...]', 'with --only: test files (or names) to run, passed to vitest or playwright')
  .showHelpAfterError()
  .parse();
const only = program.opts<{ only?: Step }>().only;
const filters: string[] = program.args;
if (filters.length > 0 && !only) program.error('test file filters need --only <step>');
const selected = steps.filter((s) => !only || s === only);

const timer = phaseTimer('[test]');
const results: { step: Step; counts: Counts }[] = [];
let neo4jStarted = false;
let stopping: Promise<void> | undefined;

/** Stops the test Neo4j once; a signal handler and the normal path both wait for the same stop. */
function stopTestNeo4j(): Promise<void> {
  if (!neo4jStarted) return Promise.resolve();
  stopping ??= timer.phase('stop test Neo4j', () => stop(TEST_BOLT_PORT)).then(() => undefined);
  return stopping;
}

/** A fresh, empty Neo4j for this run. A leftover from an aborted run is ours to stop. */
async function startTestNeo4j(password: string): Promise<void> {
  if ((await status(TEST_BOLT_PORT)).running) await stop(TEST_BOLT_PORT);
  rmSync(TEST_DATA_DIR, { recursive: true, force: true });
  neo4jStarted = true;
  await start({
    port: TEST_BOLT_PORT,
    dataDir: TEST_DATA_DIR,
    password,
    // The local server's default: its transaction memory (70 % of the heap) is what the largest
    // article the loader accepts is sized for (docs/decisions/012-large-articles.md).
    heapMb: 1024,
    pageCacheMb: 128,
    // It starts while the unit tests take the CPU: allow more than the default.
    timeoutMs: 240_000,
  });
}

/** Resolves with the error instead of rejecting, so a failure waits until someone asks. */
const settle = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => undefined,
    (error: unknown) => error ?? new Error('start failed'),
  );

async function runVitest(step: Step, args: string[], childEnv: NodeJS.ProcessEnv): Promise<void> {
  const report = path.join(REPORTS, `${step}.json`);
  rmSync(report, { force: true });
  const code = await timer.phase(step, () =>
    runChild(
      bin('vitest'),
      ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
      childEnv,
    ),
  );
  results.push({ step, counts: stepCounts(report, vitestCounts, code) });
}

/**
 * `next build` when .next is missing or older than its inputs (a fresh clone, CI), else nothing:
 * an up-to-date local build is reused. Its output goes to a log, printed if it fails.
 */
async function buildForE2e(childEnv: NodeJS.ProcessEnv): Promise<number> {
  if (!buildIsStale()) return 0;
  const log = path.join(REPORTS, 'next-build.log');
  const code = await timer.phase('next build (beside the tests)', () =>
    runChild(bin('next'), ['build'], childEnv, log),
  );
  if (code !== 0) console.error(`error: next build failed (exit ${code}):\n${readFileSync(log, 'utf8')}`);
  return code;
}

async function runE2e(childEnv: NodeJS.ProcessEnv, build: Promise<number>): Promise<void> {
  const report = path.join(REPORTS, 'e2e.json'); // written by the json reporter in playwright.config.ts
  rmSync(report, { force: true });
  const fail = (): void => {
    results.push({ step: 'e2e', counts: { passed: 0, failed: 1, skipped: 0 } });
  };
  // Without the browser every e2e test would fail on its own with the same launch error.
  if (!existsSync(CHROMIUM_EXECUTABLE)) {
    console.error(
      `error: the e2e tests drive Debian's Chromium at ${CHROMIUM_EXECUTABLE}, which is not installed (apt-get install -y chromium).`,
    );
    return fail();
  }
  if (await isPortOpen(TEST_APP_PORT)) {
    console.error(
      `error: port ${TEST_APP_PORT} is in use; the e2e tests serve the app there. Stop that program first.`,
    );
    return fail();
  }
  const seeded = await timer.phase('seed test database', () =>
    runChild(bin('tsx'), ['--conditions=react-server', 'scripts/seed.ts'], childEnv),
  );
  if (seeded !== 0) return fail();
  if ((await build) !== 0) return fail();
  const code = await timer.phase('e2e', () => runChild(bin('playwright'), ['test', ...filters], childEnv));
  results.push({ step: 'e2e', counts: stepCounts(report, playwrightCounts, code) });
}

async function main(): Promise<number> {
  const releaseLock = acquireLock(path.join(runDir, 'test.lock'));
  try {
    mkdirSync(REPORTS, { recursive: true });
    const password = randomBytes(18).toString('base64url');
    const needsNeo4j = selected.some((s) => s !== 'unit');
    // Neo4j takes a while to start; the unit tests do not need it, so they run meanwhile.
    const neo4jReady = needsNeo4j
      ? settle(timer.phase('start test Neo4j (in the background)', () => startTestNeo4j(password)))
      : Promise.resolve(undefined);
    // Explicit values win over .env.local in every child (Next.js and load-env keep what is set).
    const testEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NEO4J_URI: `bolt://127.0.0.1:${TEST_BOLT_PORT}`,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: 'neo4j',
      CLAIMTRACE_TEST_DATABASE: 'true',
      PORT: String(TEST_APP_PORT),
      NEXT_TELEMETRY_DISABLED: '1',
      // Known to this run's tests, never the developer's token from .env.local.
      CLAIMTRACE_WRITE_TOKEN: newSecret(),
      CLAIMTRACE_SESSION_LINK_TOKEN: newSecret(),
    };
    if (selected.includes('unit'))
      await runVitest('unit', filters, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
    const startError = await neo4jReady;
    if (startError) {
      // The unit results still count; every step that needed the database fails.
      console.error(`error: ${startError instanceof Error ? startError.message : String(startError)}`);
      for (const step of selected.filter((s) => s !== 'unit')) {
        results.push({ step, counts: { passed: 0, failed: 1, skipped: 0 } });
      }
    } else {
      // The production build the e2e tests serve needs no database: it runs beside the
      // integration tests, which mostly wait on Neo4j and child processes.
      const build = selected.includes('e2e')
        ? buildForE2e(testEnv).catch((error: unknown) => {
            console.error(`error: next build could not start: ${String(error)}`);
            return 1;
          })
        : Promise.resolve(0);
      if (selected.includes('integration')) {
        await runVitest('integration', ['--config', 'vitest.integration.config.ts', ...filters], testEnv);
      }
      if (selected.includes('e2e')) await runE2e(testEnv, build);
      // Whatever the e2e step did, the build is not left running behind this process.
      await build;
    }
  } finally {
    await stopTestNeo4j();
    releaseLock();
  }
  for (const { step, counts } of results) console.log(`[test] ${step}: ${summaryLine(counts)}`);
  console.log(timer.summary());
  const total = results.reduce((sum, r) => addCounts(sum, r.counts), { passed: 0, failed: 0, skipped: 0 });
  console.log(summaryLine(total));
  return total.failed > 0 ? 1 : 0;
}

// Ctrl-C or a CI timeout: the children get the signal too (runChild forwards it); the test
// Neo4j must not outlive the run, so stop it before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`[test] ${signal}: stopping the test Neo4j`);
    stopTestNeo4j().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    await stopTestNeo4j().catch(() => {});
    failAndExit(error);
  },
);
