import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from './format-github';
import { ANNOTATED_DRAFT, runCli } from './test-cli';

describe('GitHub workflow command escaping', () => {
  // As the Actions toolkit does (packages/core/src/command.ts): %, CR, LF; and : , in properties.
  it('escapes %, CR and LF in a message, and : and , too in a property', () => {
    expect(escapeData('50% of\r\nmen: a, b')).toBe('50%25 of%0D%0Amen: a, b');
    expect(escapeProperty('50% of\r\nmen: a, b')).toBe('50%25 of%0D%0Amen%3A a%2C b');
  });

  it('names an unusable file as an error', () => {
    const out = formatGithub(
      [{ file: 'a,b.md', error: { code: 'empty', message: 'The article is empty' } }],
      {
        failOn: [],
        cwd: '/repo',
      },
    );
    expect(out).toBe('::error file=a%2Cb.md,title=Unusable article::The article is empty\n');
  });
});

describe('npm run audit --format github', { timeout: 60_000 }, () => {
  // Positions counted by hand: see ANNOTATED_DRAFT.
  const dir = mkdtempSync(join(tmpdir(), 'audit-github-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'draft.md'), ANNOTATED_DRAFT);

  it('prints one annotation a finding on its line and column; --fail-on kinds are errors', () => {
    const run = runCli(['draft.md', '--format', 'github', '--fail-on', 'unlisted_only'], dir);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    // The risk reasons that follow the sentence are the audit's own business, not this format's.
    expect(lines.filter((l) => l.includes('title=Uncited claims'))).toEqual([
      expect.stringMatching(
        /^::warning file=draft\.md,line=3,col=31,title=Uncited claims::Exercise lifts mood, as every study shows\./,
      ),
    ]);
    expect(lines).toContain(
      '::error file=draft.md,line=5,col=3,title=Claims citing only unlisted numbers::Rest days prevent injury.[2] (not listed: [2])',
    );
    expect(lines.every((l) => /^::(warning|error) file=draft\.md,/.test(l))).toBe(true);
  });
});
