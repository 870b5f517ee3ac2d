import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditReportSchema } from '@/lib/schemas/audit-report';
import { auditRunSchema } from '@/lib/schemas/audit-run';
import { markdownArticle, runCli } from './test-cli';

/*
 * Three drafts in docs/: clean.md cites [1], which it lists; unlisted.md also cites [2], which it
 * does not list (one unlisted_only claim); broken.md has a reference list that nothing cites
 * (unusable: no_markers). notes.txt beside them is outside the pattern.
 */
const dir = mkdtempSync(join(tmpdir(), 'audit-many-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const WALKER = 'Walker, M. (2017). Why we sleep. New York: Scribner.';
mkdirSync(join(dir, 'docs/drafts'), { recursive: true });
writeFileSync(
  join(dir, 'docs/clean.md'),
  markdownArticle('Clean', ['Sleep consolidates memory.[1]'], [WALKER]),
);
writeFileSync(
  join(dir, 'docs/drafts/unlisted.md'),
  markdownArticle('Unlisted', ['Sleep consolidates memory.[1]', 'Exercise lifts mood.[2]'], [WALKER]),
);
writeFileSync(
  join(dir, 'docs/broken.md'),
  `# Broken\n\nNo markers here.\n\n## References\n\n[1] ${WALKER}\n`,
);
writeFileSync(join(dir, 'notes.txt'), markdownArticle('Notes', ['Sleep consolidates memory.[1]'], [WALKER]));

describe('npm run audit over many files', { timeout: 60_000 }, () => {
  it('expands a glob, audits every match in order and prints a JSON array', () => {
    const run = runCli(['docs/**/*.md', '--json'], dir);
    const results = auditRunSchema.parse(JSON.parse(run.stdout));
    expect(results.map((r) => r.file)).toEqual([
      'docs/broken.md',
      'docs/clean.md',
      'docs/drafts/unlisted.md',
    ]);
    const [broken, clean, unlisted] = results;
    expect(broken && 'error' in broken && broken.error.code).toBe('no_markers');
    expect(clean && 'report' in clean && clean.report.summary.coverage).toBe(1);
    expect(unlisted && 'report' in unlisted && unlisted.report.cited_not_listed).toEqual([2]);
    // The unusable file makes the whole run 2, and is named on stderr.
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('docs/broken.md');
  });

  it('exits with the worst status of all files: 1 when one has a --fail-on kind', () => {
    const run = runCli(['docs/clean.md', 'docs/drafts/unlisted.md', '--fail-on', 'unlisted_only'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('audit: docs/drafts/unlisted.md: found unlisted_only (1)\n');
    expect(runCli(['docs/clean.md', 'notes.txt', '--fail-on', 'unlisted_only'], dir).status).toBe(0);
  });

  it('prints one text report per file under its name', () => {
    const run = runCli(['docs/clean.md', 'notes.txt'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^== docs\/clean\.md ==\n\nCitation audit: Clean\n/);
    expect(run.stdout).toContain('\n== notes.txt ==\n\nCitation audit: Notes\n');
  });

  it('keeps one plain file as one bare JSON object', () => {
    const run = runCli(['docs/clean.md', '--json'], dir);
    expect(auditReportSchema.parse(JSON.parse(run.stdout)).title).toBe('Clean');
  });

  it('is a usage error (2) when a pattern matches nothing', () => {
    const run = runCli(['docs/**/*.rst'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('audit: no file matches docs/**/*.rst\n');
  });
});
