import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditReportSchema, FINDING_KINDS, FINDING_LABELS } from '@/lib/schemas/audit-report';

/* The CLI as a writer's CI runs it: a child process, its stdout, stderr and exit status. */

const SEED = 'graph/corpus/emotionally-unavailable-men.txt';
const dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The same command as the package.json script; the first test goes through npm itself.
const TSX = ['node_modules/.bin/tsx', '--conditions=react-server', 'scripts/audit.ts'];

function audit(...args: string[]) {
  const [cmd, ...pre] = TSX as [string, ...string[]];
  const run = spawnSync(cmd, [...pre, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function npmAudit(...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'audit', '--', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || (xs[i - 1] as number) < x);

describe('npm run audit on the seed article', { timeout: 60_000 }, () => {
  const run = npmAudit(SEED, '--json');
  const report = auditReportSchema.parse(JSON.parse(run.stdout));

  it('prints exactly one JSON object and exits 0', () => {
    expect(run.status).toBe(0);
    expect(run.stdout.trim().startsWith('{')).toBe(true);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('lists the claims citing [16] and [17] as unlisted_only', () => {
    const citing = report.claims.filter((c) => c.cites.includes(16) || c.cites.includes(17));
    expect(citing.map((c) => [c.cites, c.status])).toEqual([
      [[16], 'unlisted_only'],
      [[17], 'unlisted_only'],
    ]);
    expect(report.summary.unlisted_only).toBe(2);
  });

  it('finds 16 and 17 cited but not listed, nothing listed but not cited', () => {
    expect(report.references_listed).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(report.markers_cited).toEqual([...report.references_listed, 16, 17]);
    expect(report.cited_not_listed).toEqual([16, 17]);
    expect(report.listed_not_cited).toEqual([]);
    for (const c of report.claims) expect(ascending(c.cites)).toBe(true);
  });

  it('ranks the uncited claims by risk, the appeal to research first', () => {
    const risks = report.findings.uncited.map((u) => u.risk);
    expect(risks.length).toBe(report.summary.uncited);
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    expect(report.findings.uncited[0]?.text).toMatch(/^Recent psychology research sheds light/);
    expect(report.findings.uncited[0]?.risk_reasons).toContain('appeals to research');
  });

  it('notes that [16] and [17] are first cited before [12]', () => {
    expect(report.findings.numbering.map((n) => n.message)).toEqual([
      '[16] is first cited before [12]',
      '[17] is first cited before [12]',
    ]);
  });

  it('prints a readable report without --json', () => {
    const text = audit(SEED);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Cited but not listed: [16] [17]');
    expect(text.stdout).toContain('Listed but never cited: none');
    expect(text.stdout).toContain(`${report.summary.backed} of ${report.summary.claims} claims`);
  });
});

describe('npm run audit exit status', { timeout: 60_000 }, () => {
  it('is 1 when a --fail-on kind is present, 0 when none is', () => {
    const failing = audit(SEED, '--fail-on', 'listed_not_cited,unlisted_only');
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain('unlisted_only (2)');
    expect(audit(SEED, '--fail-on', 'listed_not_cited,duplicate_entry').status).toBe(0);
  });

  it('is 2 with a clear message for an unknown finding kind', () => {
    const run = audit(SEED, '--fail-on', 'uncited,typos');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown finding kind typos');
  });

  it.each([
    ['empty', 'empty.txt', '  \n\n', 'empty'],
    ['binary', 'binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00]), 'not text'],
    ['over 5 MB', 'huge.txt', 'word '.repeat(1_100_000), 'too large'],
    [
      'markers but no list',
      'no-list.md',
      '# Title\n\nMen withdraw.[1] Studies agree.[2]\n',
      'no reference list',
    ],
    [
      'a list but no markers',
      'no-markers.txt',
      'Men withdraw.\n\nReferences\n\n[1] Smith, J. (2001). A title. Journal, 1, 1-2.\n',
      'cites none',
    ],
    ['a PDF', 'paper.pdf', '%PDF-1.4', 'Claimtrace reads plain text (.txt), Markdown (.md), HTML'],
    ['a spreadsheet', 'table.xlsx', 'a,b\n1,2\n', 'A .xlsx file cannot be read'],
  ])('is 2 for %s input', (_label, name, content, message) => {
    const run = audit(file(name, content), '--json');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('is 2 for a file that does not exist, and says so rather than "empty"', () => {
    const run = audit(join(dir, 'missing.txt'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('does not exist');
    expect(run.stderr).not.toContain('empty');
  });

  it('is 2 for an empty --fail-on, which would otherwise pass whatever it finds', () => {
    const run = audit(SEED, '--fail-on', '');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--fail-on needs at least one finding kind');
  });
});

describe('npm run audit --help', { timeout: 60_000 }, () => {
  it('lists every finding kind that --fail-on accepts, with what it means', () => {
    const run = audit('--help');
    expect(run.status).toBe(0);
    for (const kind of FINDING_KINDS) {
      expect(run.stdout).toMatch(new RegExp(`^  ${kind} +${FINDING_LABELS[kind]}$`, 'm'));
    }
  });
});
