import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditReportSchema } from '@/lib/schemas/audit-report';
import { type FakeCrossref, startFakeCrossref } from '../sources/fake-crossref';

/*
 * `npm run audit -- <file> --retractions <csv> / --check-sources` as a child process, against a
 * local server that speaks Crossref's shapes (never the real API: CLAIMTRACE_CROSSREF_URL).
 */
const ARTICLE = 'tests/fixtures/sources/cited-sources.valid.md';
const CSV = 'tests/fixtures/sources/retraction-watch.valid.csv';
const SEED = 'graph/corpus/emotionally-unavailable-men.txt';
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'audit-sources-'));
let crossref: FakeCrossref;
beforeAll(async () => {
  crossref = await startFakeCrossref();
});
afterAll(async () => {
  await crossref.close();
  rmSync(dir, { recursive: true, force: true });
});

async function audit(args: string[], env: Record<string, string> = {}) {
  try {
    const out = await run(
      'node_modules/.bin/tsx',
      ['--conditions=react-server', 'scripts/audit.ts', ...args],
      {
        env: { ...process.env, CLAIMTRACE_CROSSREF_URL: crossref.url, ...env },
        timeout: 60_000,
      },
    );
    return { status: 0, stdout: out.stdout, stderr: out.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run audit with source data', { timeout: 60_000 }, () => {
  it('without a source option the report has no source_findings and asks nothing of Crossref', async () => {
    const before = crossref.requests.length;
    const { status, stdout } = await audit([ARTICLE, '--json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).not.toHaveProperty('source_findings');
    expect(crossref.requests.length).toBe(before);
  });

  it('--retractions reads the CSV directly, with no network, and --fail-on takes the source kinds', async () => {
    const before = crossref.requests.length;
    const { status, stdout, stderr } = await audit([
      ARTICLE,
      '--json',
      '--retractions',
      CSV,
      '--fail-on',
      'retracted_source,expression_of_concern',
    ]);
    expect(status).toBe(1);
    expect(stderr).toContain('audit: found retracted_source (2), expression_of_concern (1)');
    const report = auditReportSchema.parse(JSON.parse(stdout));
    expect(report.source_findings?.map((f) => [f.number, f.kind])).toEqual([
      [2, 'retracted_source'],
      [9, 'retracted_source'],
      [7, 'expression_of_concern'],
      [6, 'possibly_retracted'],
    ]);
    expect(crossref.requests.length).toBe(before);
  });

  it('--check-sources asks Crossref about each listed work, politely, and reports what it says', async () => {
    const before = crossref.requests.length;
    const { status, stdout, stderr } = await audit([ARTICLE, '--json', '--check-sources'], {
      CLAIMTRACE_CONTACT_EMAIL: 'editor@example.org',
    });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const asked = crossref.requests.slice(before);
    // Six DOIs looked up; the three entries without one ([5], [6], [9]) searched as written.
    expect(asked.filter((r) => r.path.startsWith('/works/')).length).toBe(6);
    expect(asked.filter((r) => r.path.startsWith('/works?')).length).toBe(3);
    expect(asked.every((r) => r.path.includes('mailto=editor%40example.org'))).toBe(true);
    const report = auditReportSchema.parse(JSON.parse(stdout));
    expect(report.source_findings?.map((f) => [f.number, f.kind])).toEqual([
      [2, 'retracted_source'],
      [4, 'doi_not_found'],
      [3, 'metadata_mismatch'],
      [8, 'corrected_source'],
      [5, 'doi_suggested'],
    ]);
  });

  it('a source kind in --fail-on without source data is a usage error, not a silent pass', async () => {
    const { status, stderr } = await audit([SEED, '--fail-on', 'retracted_source']);
    expect(status).toBe(2);
    expect(stderr).toContain('needs source data: add --retractions <csv> or --check-sources');
  });

  it.each([
    ['missing', join(dir, 'missing.csv'), 'the file does not exist'],
    ['not that CSV', join(dir, 'other.csv'), 'missing columns'],
  ])('a %s --retractions file is refused with exit 2 and no report', async (_label, file, message) => {
    writeFileSync(join(dir, 'other.csv'), 'a,b\n1,2\n');
    const { status, stdout, stderr } = await audit([ARTICLE, '--json', '--retractions', file]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('a work Crossref cannot answer for is named on stderr and left out, never guessed', async () => {
    const gone = await startFakeCrossref();
    await gone.close();
    const { status, stdout, stderr } = await audit([ARTICLE, '--json', '--check-sources'], {
      CLAIMTRACE_CROSSREF_URL: gone.url,
      CLAIMTRACE_CROSSREF_RATE: '100',
      CLAIMTRACE_CROSSREF_CONCURRENCY: '9',
    });
    expect(status).toBe(0);
    expect(stderr).toMatch(/audit: \[5\] not checked: Crossref gave no usable answer .*ECONNREFUSED/);
    expect(stderr.trim().split('\n')).toHaveLength(9);
    expect(JSON.parse(stdout).source_findings).toEqual([]);
  });
});
