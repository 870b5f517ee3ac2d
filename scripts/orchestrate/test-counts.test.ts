import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCounts, playwrightCounts, stepCounts, summaryLine, vitestCounts } from './test-counts';

const dir = mkdtempSync(path.join(tmpdir(), 'claimtrace-counts-'));
const write = (name: string, json: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(json));
  return file;
};

describe('report parsing', () => {
  it('reads vitest JSON', () => {
    const json = {
      numPassedTests: 40,
      numFailedTests: 2,
      numPendingTests: 1,
      numTodoTests: 0,
      testResults: [],
    };
    expect(vitestCounts(json)).toEqual({ passed: 40, failed: 2, skipped: 1 });
  });

  it('reads playwright JSON, counting flaky tests as passed', () => {
    const json = { stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 0, duration: 1 }, suites: [] };
    expect(playwrightCounts(json)).toEqual({ passed: 4, failed: 1, skipped: 0 });
  });

  it('rejects a report of another shape', () => {
    expect(() => vitestCounts({ stats: {} })).toThrow();
  });
});

describe('stepCounts', () => {
  it('uses the report when the step passed', () => {
    const file = write('ok.json', { numPassedTests: 5, numFailedTests: 0, numPendingTests: 0 });
    expect(stepCounts(file, vitestCounts, 0)).toEqual({ passed: 5, failed: 0, skipped: 0 });
  });

  it('counts one failure for a red step without a failed test case or a report', () => {
    const file = write('suite-error.json', { numPassedTests: 5, numFailedTests: 0, numPendingTests: 0 });
    expect(stepCounts(file, vitestCounts, 1)).toEqual({ passed: 5, failed: 1, skipped: 0 });
    expect(stepCounts(path.join(dir, 'missing.json'), vitestCounts, 2)).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
    });
  });

  it('treats an unreadable report as missing', () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{ not json');
    expect(stepCounts(file, vitestCounts, 1)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });
});

describe('summaryLine', () => {
  it('prints the line CI reads', () => {
    const total = addCounts({ passed: 10, failed: 0, skipped: 0 }, { passed: 3, failed: 1, skipped: 0 });
    expect(summaryLine(total)).toBe('13 passed, 1 failed');
    expect(summaryLine({ passed: 2, failed: 0, skipped: 1 })).toBe('2 passed, 0 failed, 1 skipped');
  });
});
