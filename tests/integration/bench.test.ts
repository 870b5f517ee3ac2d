import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditArticle } from '@/lib/audit/audit-article';
import { parseArticle } from '@/lib/ingest/parse-article';
import { corpusAudit } from '@/lib/neo4j/queries/corpus-audit';
import { conceptVocabularySchema } from '@/lib/schemas/concept-vocabulary';
import type { CorpusManifest } from '@/scripts/bench/corpus/generate';
import type { BenchResults } from '@/scripts/bench/results';
import { runBench } from '@/scripts/bench/run';
import { resetTestDatabase } from './support/test-database';

// A smoke-size bench run against the test Neo4j: a 3-article corpus through every load variant,
// the in-process queries and the report. HTTP and drawing need a build and a browser: the full
// `npm run bench` covers them; here their sections must still be present in the report.
const out = mkdtempSync(path.join(tmpdir(), 'claimtrace-bench-'));
let results: BenchResults;
let markdown: string;

describe('npm run bench, smoke size, against a real Neo4j', () => {
  beforeAll(async () => {
    await resetTestDatabase();
    const run = await runBench({
      size: 'small',
      articles: 3,
      only: ['load', 'queries', 'memory'],
      out,
      command: 'bench smoke test',
      drawRuns: 1,
      externalNeo4j: true,
      log: () => {},
    });
    results = run.results;
    markdown = readFileSync(run.mdFile, 'utf8');
  }, 600_000);

  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await resetTestDatabase();
  });

  it('loads the corpus with the loader, the naive way and the floor into the same graph', () => {
    const runs = results.load?.runs ?? [];
    expect(runs.map((r) => r.variant)).toEqual(['floor', 'naive', 'loader']);
    const loader = runs.find((r) => r.variant === 'loader');
    expect(loader?.articles).toBe(3);
    expect(loader?.counts.nodes.Article).toBe(3);
    expect(loader?.counts.nodes.Claim).toBeGreaterThan(150);
    for (const r of runs) {
      expect(r.counts).toEqual(loader?.counts);
      expect(r.articlesPerSecond).toBeGreaterThan(0);
      expect(r.peakRssMiB).toBeGreaterThan(0);
    }
  });

  it('measures every explorer query and the corpus audit', () => {
    const names = (results.queries ?? []).map((q) => q.name);
    expect(names).toEqual(
      expect.arrayContaining(['article graph', 'claim trace', 'concept filter (in article)', 'search']),
    );
    for (const q of results.queries ?? []) expect(q.p95Ms).toBeGreaterThanOrEqual(q.medianMs);
    expect(results.audit?.cypher.articles).toBe(3);
  });

  it('computes in Cypher the same audit summary as the audit rules compute on each parsed file', async () => {
    const dir = path.join(out, 'corpus-small');
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as CorpusManifest;
    const fromRules = manifest.entries.map((e) => {
      const vocabulary = conceptVocabularySchema.parse(
        JSON.parse(readFileSync(path.join(dir, e.vocabularyFile), 'utf8')),
      );
      const report = auditArticle(
        parseArticle(readFileSync(path.join(dir, e.textFile), 'utf8'), { slug: e.slug, vocabulary }),
      );
      const s = report.summary;
      return {
        slug: e.slug,
        claims: s.claims,
        backed: s.backed,
        partly_unlisted: s.partly_unlisted,
        unlisted_only: s.unlisted_only,
        uncited: s.uncited,
        not_a_claim: s.not_a_claim,
        cited_not_listed: report.cited_not_listed.length,
        listed_not_cited: report.listed_not_cited.length,
      };
    });
    expect(await corpusAudit()).toEqual(fromRules);
    expect(fromRules.some((r) => r.cited_not_listed > 0 || r.uncited > 0)).toBe(true);
  });

  it('writes a Markdown report with the machine and every section', () => {
    for (const heading of [
      '## Machine',
      '## Corpus',
      '## Load',
      '## Queries',
      '## HTTP',
      '## Drawing',
      '## Memory',
      '## Targets',
    ]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain(`| CPUs (nproc) | ${results.machine.cpus} |`);
    expect(markdown).toMatch(/\| small \| naive \| 3 \|/);
    expect(markdown).toContain('stage "http" not selected');
  });
});
