import '../load-env';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { applySchema } from '@/lib/neo4j/apply-schema';
import { writeArticles } from '@/lib/neo4j/write-articles';
import { createCrossrefClient } from '@/lib/sources/crossref-client';
import { crossrefLimits } from '@/lib/sources/client-from-env';
import { startFakeCrossref } from '../sources/fake-crossref';
import { checkSources } from '../sources/check-sources';
import { pointAtBenchNeo4j, startBenchNeo4j, stopBenchNeo4j } from './bench-neo4j';
import { busyProcesses } from './report/machine';
import { median, p95, round } from './stats';
import { benchRecord, benchSourceArticles, WORKS_PER_ARTICLE } from './sources/works-corpus';
import { wipeDatabase } from './wipe';

/*
 * npm run bench:sources [-- --works 1000 --latency 50]
 * Checks a corpus of distinct works against a local Crossref that answers in --latency ms, in the
 * bench Neo4j (CLAIMTRACE_BENCH_BOLT_PORT): a first run under the polite pool's concurrency limit
 * (3 at once) with the rate limit lifted (the local server has none), then a second run that the
 * stored checks answer, then one article under Crossref's own rate limits to show they are kept.
 * Target (issue): 1,000 works within 60 s. Figures go to bench-results/bench-sources.{json,md}.
 */
const program = new Command('bench:sources')
  .option('--works <n>', 'distinct works to check', (v) => Number(v), 1000)
  .option('--latency <ms>', "the local Crossref's answer time", (v) => Number(v), 50)
  .option('--keep-neo4j', 'leave the bench Neo4j running')
  .parse();
const opts = program.opts<{ works: number; latency: number; keepNeo4j?: boolean }>();
const TARGET_S = 60;

async function main(): Promise<void> {
  pointAtBenchNeo4j();
  console.log('[sources] starting the bench Neo4j...');
  await startBenchNeo4j();
  await wipeDatabase();
  await applySchema();
  const docs = benchSourceArticles(opts.works);
  await writeArticles(docs);
  const works = docs.length * WORKS_PER_ARTICLE;
  console.log(`[sources] loaded ${docs.length} articles citing ${works} distinct works`);
  const crossref = await startFakeCrossref({ latencyMs: opts.latency, synthesize: benchRecord });
  const polite = crossrefLimits({
    CLAIMTRACE_CONTACT_EMAIL: 'bench@example.org',
    CLAIMTRACE_CROSSREF_RATE: undefined,
    CLAIMTRACE_CROSSREF_CONCURRENCY: undefined,
  });
  const client = (rates: { lookupsPerSecond: number; searchesPerSecond: number }) =>
    createCrossrefClient({
      baseUrl: crossref.url,
      contactEmail: 'bench@example.org',
      concurrency: polite.concurrency,
      timeoutMs: 10_000,
      ...rates,
    });
  try {
    const busy = busyProcesses();
    const first = client({ lookupsPerSecond: 10_000, searchesPerSecond: 10_000 });
    let t0 = performance.now();
    const run1 = await checkSources({ client: first, all: true, maxAgeDays: 30 });
    const firstS = (performance.now() - t0) / 1000;
    const stats = first.stats();

    const second = client({ lookupsPerSecond: 10_000, searchesPerSecond: 10_000 });
    t0 = performance.now();
    const run2 = await checkSources({ client: second, all: true, maxAgeDays: 30 });
    const secondS = (performance.now() - t0) / 1000;

    const limited = client(polite);
    const before = crossref.requests.length;
    t0 = performance.now();
    const run3 = await checkSources({
      client: limited,
      slug: docs[0]?.article.slug,
      maxAgeDays: 30,
      force: true,
    });
    const limitedS = (performance.now() - t0) / 1000;
    const limitedRequests = crossref.requests.slice(before);

    const figures = {
      date: new Date().toISOString(),
      works,
      latencyMs: opts.latency,
      concurrency: polite.concurrency,
      busyProcesses: busy,
      first: {
        seconds: round(firstS, 2),
        checked: run1.saved.length,
        failed: run1.failed.length,
        requests: stats.requests,
        requestsPerSecond: round(stats.requests / firstS, 1),
        medianLatencyMs: round(median(stats.latenciesMs), 1),
        p95LatencyMs: round(p95(stats.latenciesMs), 1),
        serverMaxConcurrent: crossref.maxConcurrent(),
        withinTarget: firstS <= TARGET_S,
      },
      second: { seconds: round(secondS, 2), requests: second.stats().requests, fresh: run2.fresh },
      politeLimits: {
        works: run3.due,
        seconds: round(limitedS, 2),
        requests: limitedRequests.length,
        requestsPerSecond: round(limitedRequests.length / limitedS, 1),
        limits: polite,
      },
    };
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/bench-sources.json', `${JSON.stringify(figures, null, 2)}\n`);
    const md = [
      `Source checks, ${figures.works} works, local Crossref answering in ${figures.latencyMs} ms, ${figures.concurrency} requests at once (${figures.date.slice(0, 10)})`,
      '',
      '| Run | Time | Requests | Requests/s | Median latency | p95 latency |',
      '| --- | --- | --- | --- | --- | --- |',
      `| first (all due) | ${figures.first.seconds} s | ${figures.first.requests} | ${figures.first.requestsPerSecond} | ${figures.first.medianLatencyMs} ms | ${figures.first.p95LatencyMs} ms |`,
      `| second (stored checks) | ${figures.second.seconds} s | ${figures.second.requests} | - | - | - |`,
      `| one article under the polite pool's limits (${polite.lookupsPerSecond} look-ups/s, ${polite.searchesPerSecond} searches/s) | ${figures.politeLimits.seconds} s | ${figures.politeLimits.requests} | ${figures.politeLimits.requestsPerSecond} | - | - |`,
      '',
      `Target: ${works} works within ${TARGET_S} s: ${figures.first.withinTarget ? 'met' : 'MISSED'}. Failed checks: ${figures.first.failed}. Most requests the server saw at once: ${figures.first.serverMaxConcurrent}.`,
      `Other busy processes at the start: ${busy.length > 0 ? busy.join('; ') : 'none'}.`,
    ].join('\n');
    writeFileSync('bench-results/bench-sources.md', `${md}\n`);
    console.log(md);
  } finally {
    await crossref.close();
    if (!opts.keepNeo4j) await stopBenchNeo4j();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
