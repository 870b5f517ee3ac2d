import { describe, expect, it } from 'vitest';
import { draftComparisonSchema } from '@/lib/schemas/draft-comparison';
import { runCli } from './test-cli';

/* The differences between the two drafts are listed in lib/audit/compare-drafts.test.ts. */
const NEW = 'tests/fixtures/drafts/sleep-new.valid.md';
const OLD = 'tests/fixtures/drafts/sleep-old.valid.md';

describe('npm run audit -- new.md --against old.md', { timeout: 60_000 }, () => {
  it('prints the comparison as JSON in its schema', () => {
    const run = runCli([NEW, '--against', OLD, '--json']);
    expect(run.status).toBe(0);
    const diff = draftComparisonSchema.parse(JSON.parse(run.stdout));
    expect(diff.claims.added.map((s) => [s.text, s.line])).toEqual([
      ['Screens before bed delay sleep.[4]', 5],
    ]);
  });

  it('prints the figures first as text', () => {
    const run = runCli([NEW, '--against', OLD]);
    expect(run.stdout).toContain('Coverage 75.0% -> 100.0% (3 of 4 -> 4 of 4 claims backed)\n');
    expect(run.stdout).toContain(
      'Sentences: 1 added, 1 removed, 1 reworded, 2 unchanged; citations changed in 1\n',
    );
    expect(run.stdout).toContain('References: 2 added, 1 removed\n');
  });

  it('exits as the new draft audits: 1 on a --fail-on kind of the new draft, not of the old', () => {
    // Only the old draft has an uncited claim ("Naps help everyone.").
    expect(runCli([NEW, '--against', OLD, '--fail-on', 'uncited']).status).toBe(0);
    expect(runCli([OLD, '--against', NEW, '--fail-on', 'uncited']).status).toBe(1);
  });

  it('is a usage error with two new drafts or a format for annotations, and 2 for an unusable old draft', () => {
    expect(runCli([NEW, OLD, '--against', OLD]).status).toBe(2);
    const sarif = runCli([NEW, '--against', OLD, '--format', 'sarif']);
    expect(sarif.status).toBe(2);
    expect(sarif.stderr).toBe('audit: --against prints text or json, not sarif\n');
    const missing = runCli([NEW, '--against', 'no-such-draft.md']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-draft.md does not exist');
  });
});
