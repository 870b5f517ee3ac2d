import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getAudit } from '@/app/api/audit/[slug]/route';
import { GET as getCheck, POST as postCheck } from '@/app/api/works/[id]/check/route';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import { closeDriver, databaseName, getDriver } from '@/lib/neo4j/driver';
import { writeArticle } from '@/lib/neo4j/write-article';
import { auditReportSchema } from '@/lib/schemas/audit-report';
import { workCheckSchema } from '@/lib/schemas/sources';
import { type FakeCrossref, startFakeCrossref } from '@/scripts/sources/fake-crossref';
import { graphDump } from './support/graph-dump';
import { resetTestDatabase, runCli } from './support/test-database';
import { bearer } from './support/write-requests';

/*
 * Source checks end to end against the real Neo4j and a local server speaking Crossref's shapes:
 * `npm run check-sources` stores each answer with when it was asked, skips what is fresh and resumes
 * what is not; `npm run sources:retractions` loads the CSV, refusing a bad one without a change; the
 * audit API and GET /api/works/<id>/check then tell the same story as the CLI.
 */
const ARTICLE = 'tests/fixtures/sources/cited-sources.valid.md';
const CSV = 'tests/fixtures/sources/retraction-watch.valid.csv';
const SLUG = 'cited-sources-valid';
const RETRACTED = 'work:doi:10.5555/claimtrace.retracted';
const dir = mkdtempSync(join(tmpdir(), 'sources-it-'));
let crossref: FakeCrossref;
let crossrefEnv: Record<string, string>;

async function cypher<T>(query: string): Promise<T[]> {
  const { records } = await getDriver().executeQuery(query, {}, { database: databaseName() });
  return records.map((r) => r.toObject() as T);
}
const checkCount = async () =>
  (await cypher<{ n: number }>('MATCH (s:SourceCheck) RETURN count(s) AS n'))[0]?.n;
const audit = async () =>
  auditReportSchema.parse(
    await (
      await getAudit(new Request(`http://localhost/api/audit/${SLUG}`), {
        params: Promise.resolve({ slug: SLUG }),
      })
    ).json(),
  );
const check = (id: string, method: 'GET' | 'POST' = 'GET', headers: Record<string, string> = {}) =>
  (method === 'GET' ? getCheck : postCheck)(
    new Request(`http://localhost/api/works/${encodeURIComponent(id)}/check`, { method, headers }),
    { params: Promise.resolve({ id: encodeURIComponent(id) }) },
  );

beforeAll(async () => {
  crossref = await startFakeCrossref();
  crossrefEnv = { CLAIMTRACE_CROSSREF_URL: crossref.url, CLAIMTRACE_CROSSREF_RATE: '200' };
  // Before anything reads the environment: the POST route below asks the server it names.
  Object.assign(process.env, crossrefEnv);
  await resetTestDatabase();
  await writeArticle(await readArticleFile(ARTICLE));
});
afterAll(async () => {
  await crossref.close();
  await closeDriver();
  rmSync(dir, { recursive: true, force: true });
});

describe('sources in the graph', () => {
  it('before any source data, the audit has no source_findings and the work check says never checked', async () => {
    expect(await audit()).not.toHaveProperty('source_findings');
    const response = await check(RETRACTED);
    expect(response.status).toBe(200);
    expect(workCheckSchema.parse(await response.json())).toEqual({
      work_id: RETRACTED,
      check: null,
      findings: [],
    });
  });

  it('check-sources stores one check per listed work, with when it was made', async () => {
    const run = await runCli('scripts/check-sources.ts', [SLUG, '--no-progress'], crossrefEnv);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Checked 9 of 9 work(s) due');
    expect(run.stdout).toContain('5 found, 1 DOI(s) not found, 2 matched by their entry, 1 without a match');
    const rows = await cypher<{ workId: string; outcome: string; checkedAt: string }>(
      'MATCH (s:SourceCheck) RETURN s.workId AS workId, s.outcome AS outcome, s.checkedAt AS checkedAt',
    );
    expect(rows).toHaveLength(9);
    expect(rows.every((r) => Date.now() - Date.parse(r.checkedAt) < 120_000)).toBe(true);
  });

  it('a second run asks Crossref nothing: every check is fresh', async () => {
    const before = crossref.requests.length;
    const run = await runCli('scripts/check-sources.ts', [SLUG, '--no-progress'], crossrefEnv);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Checked 0 of 0 work(s) due');
    expect(run.stdout).toContain('Skipped 9 checked recently');
    expect(crossref.requests.length).toBe(before);
  });

  it('resumes: only the works whose checks are missing or too old are checked again', async () => {
    await cypher(
      "MATCH (s:SourceCheck) WHERE s.workId ENDS WITH '.clean' OR s.outcome = 'no_match' DELETE s",
    );
    await cypher(
      "MATCH (s:SourceCheck {workId: 'work:doi:10.5555/claimtrace.concern'}) SET s.checkedAt = '2001-01-01T00:00:00.000Z'",
    );
    const before = crossref.requests.length;
    const run = await runCli('scripts/check-sources.ts', ['--all', '--no-progress'], crossrefEnv);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Checked 3 of 3 work\(s\) due/);
    expect(crossref.requests.length - before).toBe(3);
    expect(await checkCount()).toBe(9);
  });

  it('an interrupted run keeps what it checked, and the next one finishes the rest', async () => {
    const slow = await startFakeCrossref({ latencyMs: 400 });
    await cypher('MATCH (s:SourceCheck) DELETE s');
    try {
      const slowEnv = { CLAIMTRACE_CROSSREF_URL: slow.url, CLAIMTRACE_CROSSREF_CONCURRENCY: '1' };
      const child = spawn(
        'node_modules/.bin/tsx',
        ['--conditions=react-server', 'scripts/check-sources.ts', SLUG, '--no-progress'],
        {
          env: { ...process.env, ...slowEnv },
        },
      );
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += String(d);
      });
      // Interrupt once a few answers are in: 9 works at 0.4 s each take 3.6 s.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      while (slow.requests.length < 3) await new Promise((resolve) => setTimeout(resolve, 100));
      child.kill('SIGINT');
      const code = await new Promise((resolve) => child.on('exit', resolve));
      expect(code).toBe(130);
      const kept = Number(/Interrupted: (\d+) check\(s\) kept/.exec(stderr)?.[1]);
      expect(kept).toBeGreaterThanOrEqual(2);
      expect(kept).toBeLessThan(9);
      const rerun = await runCli('scripts/check-sources.ts', [SLUG, '--no-progress'], crossrefEnv);
      expect(rerun.code).toBe(0);
      expect(rerun.stdout).toContain(`Checked ${9 - kept} of ${9 - kept} work(s) due`);
    } finally {
      await slow.close();
    }
  });

  it('the audit API shows what the checks found, as the CLI does from the file', async () => {
    const fromGraph = await audit();
    expect(fromGraph.source_findings?.map((f) => [f.number, f.kind])).toEqual([
      [2, 'retracted_source'],
      [4, 'doi_not_found'],
      [3, 'metadata_mismatch'],
      [8, 'corrected_source'],
      [5, 'doi_suggested'],
    ]);
    const cli = await runCli('scripts/audit.ts', [ARTICLE, '--json', '--check-sources'], crossrefEnv);
    const fromFile = auditReportSchema.parse(JSON.parse(cli.stdout));
    // The same findings; only when each check was made differs.
    const withoutTimes = (r: typeof fromFile) =>
      r.source_findings?.map((f) => ({ ...f, detail: { ...f.detail, checked_at: null } }));
    expect(withoutTimes(fromGraph)).toEqual(withoutTimes(fromFile));
  });

  it('a bad Retraction Watch CSV is refused with exit 2 and changes nothing', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Record ID,Title\n1,A title\n');
    const before = await graphDump();
    const run = await runCli('scripts/load-retractions.ts', [bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing columns OriginalPaperDate');
    expect(await graphDump()).toEqual(before);
  });

  it('sources:retractions loads the CSV; loading it again replaces it', async () => {
    for (let i = 0; i < 2; i++) {
      const run = await runCli('scripts/load-retractions.ts', [CSV]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Loaded 4 Retraction Watch record(s) of 6 row(s)');
      expect(run.stderr).toContain('Mystery Notice (1)');
    }
    expect((await cypher<{ n: number }>('MATCH (r:Retraction) RETURN count(r) AS n'))[0]?.n).toBe(4);
    const findings = (await audit()).source_findings ?? [];
    expect(findings.map((f) => [f.number, f.kind])).toEqual([
      [2, 'retracted_source'],
      [9, 'retracted_source'],
      [7, 'expression_of_concern'],
      [6, 'possibly_retracted'],
      [4, 'doi_not_found'],
      [3, 'metadata_mismatch'],
      [8, 'corrected_source'],
      [5, 'doi_suggested'],
    ]);
    expect(findings[0]?.detail.message).toMatch(/per Crossref and Retraction Watch$/);
  });

  it('GET /api/works/<id>/check gives the stored check and the findings, without asking Crossref', async () => {
    const before = crossref.requests.length;
    const response = await check(RETRACTED);
    expect(response.status).toBe(200);
    const body = workCheckSchema.parse(await response.json());
    expect(body.check?.outcome).toBe('found');
    expect(body.findings.map((f) => f.kind)).toEqual(['retracted_source']);
    expect(crossref.requests.length).toBe(before);
    expect((await check('work:no-such-work')).status).toBe(404);
  });

  it('POST /api/works/<id>/check checks the work now and stores the answer', async () => {
    const id = 'work:doi:10.5555/claimtrace.clean';
    await cypher(`MATCH (s:SourceCheck {workId: '${id}'}) DELETE s`);
    // A check writes the graph and reaches the network: the owner's token only.
    expect((await check(id, 'POST')).status).toBe(401);
    expect(await checkCount()).toBe(8);
    const response = await check(id, 'POST', bearer());
    expect(response.status).toBe(200);
    expect(workCheckSchema.parse(await response.json()).check?.outcome).toBe('found');
    expect(await checkCount()).toBe(9);
  });
});
