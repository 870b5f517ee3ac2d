import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import type { Log } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { auditArticle } from '@/lib/audit/audit-article';
import { ALL_FINDING_KINDS } from '@/lib/audit/finding-kinds';
import { buildGraphDocument } from '@/lib/ingest/build-graph-document';
import { readPlainText } from '@/lib/ingest/readers/plain-text';
import { formatSarif } from './format-sarif';
import { ANNOTATED_DRAFT, runCli } from './test-cli';

const schema = JSON.parse(
  readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'),
) as object;
// The schema's "format": "uri" is a string check ajv leaves to ajv-formats; the structure is what
// counts here. One of its patterns ("language") is not a valid Unicode-mode regex: plain mode.
const validate = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);

// Positions counted by hand (see ANNOTATED_DRAFT); the file name has a space.
const DRAFT = ANNOTATED_DRAFT;
const dir = mkdtempSync(join(tmpdir(), 'audit-sarif-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'docs'));
writeFileSync(join(dir, 'docs/my draft.md'), DRAFT);

const place = (log: Log, ruleId: string) =>
  log.runs[0]?.results
    ?.filter((r) => r.ruleId === ruleId)
    .map((r) => {
      const { artifactLocation, region } = r.locations?.[0]?.physicalLocation ?? {};
      return [artifactLocation?.uri, region?.startLine, region?.startColumn, r.level];
    });

describe('npm run audit --format sarif', { timeout: 60_000 }, () => {
  const run = runCli(['docs/*.md', '--format', 'sarif', '--fail-on', 'unlisted_only'], dir);
  const log = JSON.parse(run.stdout) as Log;

  it('is valid SARIF 2.1.0 with one run and exits as the findings say', () => {
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ version: '2.1.0' })).toBe(false); // the validator does reject a log without runs
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.status).toBe(1);
  });

  it('has one rule per finding kind, each with help text and a link', () => {
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(ALL_FINDING_KINDS);
    for (const r of rules) {
      expect(r.help?.text.length).toBeGreaterThan(10);
      expect(r.helpUri).toMatch(/README\.md#audit-in-ci$/);
    }
  });

  it('puts each finding on the line and column of its sentence, the file relative to the working directory', () => {
    expect(place(log, 'uncited')).toEqual([['docs/my%20draft.md', 3, 31, 'warning']]);
    expect(place(log, 'unlisted_only')).toEqual([['docs/my%20draft.md', 5, 3, 'error']]);
    expect(place(log, 'cited_not_listed')).toEqual([['docs/my%20draft.md', 5, 3, 'warning']]);
    for (const r of log.runs[0]?.results ?? []) {
      expect(log.runs[0]?.tool.driver.rules?.[r.ruleIndex ?? -1]?.id).toBe(r.ruleId);
    }
  });

  it('takes the rules link from --docs-url, {kind} replaced', () => {
    const linked = runCli(
      ['docs/my draft.md', '--format', 'sarif', '--docs-url', 'https://example.org/lint#{kind}'],
      dir,
    );
    const rules = (JSON.parse(linked.stdout) as Log).runs[0]?.tool.driver.rules ?? [];
    expect(rules[0]?.helpUri).toBe(`https://example.org/lint#${rules[0]?.id}`);
  });

  it('refuses --json with another --format, and a --docs-url that is no URL', () => {
    expect(runCli(['docs/my draft.md', '--json', '--format', 'sarif'], dir).status).toBe(2);
    expect(runCli(['docs/my draft.md', '--format', 'sarif', '--docs-url', 'lint.html'], dir).status).toBe(2);
  });
});

describe('formatSarif without source lines (a binary format)', () => {
  it('names the file with no region, and stays valid', () => {
    const { sourceLines: _, ...source } = readPlainText(DRAFT);
    const report = auditArticle(buildGraphDocument({ ...source, format: 'docx' }, { slug: 'draft' }));
    const log = formatSarif([{ file: 'draft.docx', report }], { failOn: [], cwd: '/repo' });
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const locations = (log.runs[0]?.results ?? []).map((r) => r.locations?.[0]?.physicalLocation);
    expect(locations.length).toBeGreaterThan(0);
    for (const l of locations)
      expect(l).toEqual({ artifactLocation: { uri: 'draft.docx', uriBaseId: '%SRCROOT%' } });
  });

  it('reports an unusable file as a failed invocation', () => {
    const log = formatSarif([{ file: 'bad.md', error: { code: 'empty', message: 'The article is empty' } }], {
      failOn: [],
      cwd: '/repo',
    });
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]?.invocations?.[0]?.executionSuccessful).toBe(false);
    expect(log.runs[0]?.results).toEqual([]);
  });
});
