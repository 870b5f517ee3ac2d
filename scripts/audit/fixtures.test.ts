import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFindings } from '@/lib/audit/fixture-findings';
import { auditReportSchema } from '@/lib/schemas/audit-report';
import { EXIT, runAudit } from './run';

/*
 * Every article fixture has a <name>.findings.json beside it: what the audit must report for a valid
 * one, the error code and exit status 2 for an invalid one. Runs the CLI's own entry point in-process.
 */

const DIR = 'tests/fixtures/articles';
const files = readdirSync(DIR);
const articles = files.filter((f) => /\.(valid|invalid)\.(txt|md)$/.test(f));
const findingsFor = (article: string) => article.replace(/\.(txt|md)$/, '.findings.json');

async function audit(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runAudit(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

describe('article fixtures', () => {
  it('exist, valid and invalid, each with its findings file', () => {
    expect(articles.filter((a) => a.includes('.valid.')).length).toBeGreaterThanOrEqual(10);
    expect(articles.filter((a) => a.includes('.invalid.')).length).toBeGreaterThanOrEqual(4);
    expect(articles.filter((a) => !files.includes(findingsFor(a)))).toEqual([]);
    const orphans = files
      .filter((f) => f.endsWith('.findings.json'))
      .filter((f) => !articles.some((a) => findingsFor(a) === f));
    expect(orphans).toEqual([]);
  });

  it.each(articles.filter((a) => a.includes('.valid.')))(
    '%s: the audit reports its findings',
    async (article) => {
      const expected = JSON.parse(readFileSync(join(DIR, findingsFor(article)), 'utf8'));
      const run = await audit(join(DIR, article), '--json');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(EXIT.ok);
      expect(fixtureFindings(auditReportSchema.parse(JSON.parse(run.stdout)))).toEqual(expected);
    },
  );

  it.each(articles.filter((a) => a.includes('.invalid.')))(
    '%s: the CLI refuses it with exit 2',
    async (article) => {
      const expected = JSON.parse(readFileSync(join(DIR, findingsFor(article)), 'utf8')) as {
        error: string;
        exit: number;
      };
      const run = await audit(join(DIR, article), '--json');
      expect(run.status).toBe(expected.exit);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^audit: .+: .{10,}/);
      expect(run.stderr).toContain(`[${expected.error}]`);
    },
  );
});
