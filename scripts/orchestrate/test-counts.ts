import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

export type Counts = { passed: number; failed: number; skipped: number };

const vitestReport = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number().default(0),
});

const playwrightReport = z.object({
  stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number(), skipped: z.number() }),
});

/** Test-case counts from vitest's JSON reporter. */
export function vitestCounts(json: unknown): Counts {
  const r = vitestReport.parse(json);
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

/** Test-case counts from Playwright's JSON reporter; a flaky test passed on retry, so it passed. */
export function playwrightCounts(json: unknown): Counts {
  const { stats } = playwrightReport.parse(json);
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

/**
 * The counts of one step from its report file and exit code. A step that failed without failing a
 * test case (a file that does not compile, a build error, no report) still counts one failure,
 * so the summary never reads "0 failed" for a red run.
 */
export function stepCounts(reportFile: string, parse: (json: unknown) => Counts, exitCode: number): Counts {
  let counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(reportFile)) {
    try {
      counts = parse(JSON.parse(readFileSync(reportFile, 'utf8')));
    } catch {
      // An unreadable report is treated like a missing one.
    }
  }
  if (exitCode !== 0 && counts.failed === 0) counts = { ...counts, failed: 1 };
  return counts;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

/** The closing line CI reads: exactly "N passed, N failed", plus ", N skipped" when there are any. */
export function summaryLine(c: Counts): string {
  return `${c.passed} passed, ${c.failed} failed${c.skipped > 0 ? `, ${c.skipped} skipped` : ''}`;
}
