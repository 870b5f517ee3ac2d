import '../load-env';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Command } from 'commander';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import { applySchema } from '@/lib/neo4j/apply-schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { writeArticle } from '@/lib/neo4j/write-article';
import { pointAtBenchNeo4j, startBenchNeo4j, stopBenchNeo4j } from './bench-neo4j';
import { chunkedBodyFigures } from './hostile/chunked-bodies';
import { hostileParseTimes } from './hostile/parse-times';
import { reportTimes } from './hostile/report-times';
import { startHostileWrites } from './hostile/write-load';
import { loadRoute } from './http-bench';
import { nextBuild, startNext } from './next-server';
import type { QueryCase } from './query-bench';
import { terminalTable } from './report/table';
import { median } from './stats';

/*
 * npm run bench:hostile -- [--runs n] [--requests n] [--rounds n] [--parse-only]
 *
 * (a) Parse time of each hostile article shape at 16 KB (lib/ingest/test-support/hostile-articles.ts),
 *     median of --runs, against a target of 200 ms each.
 * (b) The article graph API's p95 under load (autocannon, 16 connections, read cache off so every
 *     request runs its query) alone, then while two writers POST hostile articles, in alternating
 *     rounds on one `next start`; the median p95 of each and their ratio, against a target of 2x.
 * (c) The audit CLI's text report of a 4.9 MB article against its --json, median of 3 (it was
 *     quadratic: 8 s at 512 KB, unfinished at 4.9 MB).
 * (d) Three chunked 100 MB bodies POSTed at once (no Content-Length): the answers, the bytes sent
 *     before them, and the server's peak memory against its idle memory (it was 213 -> 970 MB).
 * Figures, not pass/fail: a shared 2-core machine makes every timing an upper bound.
 */
const PARSE_TARGET_MS = 200;
const RATIO_TARGET = 2;
const SEED = path.join('graph', 'corpus', 'emotionally-unavailable-men.txt');

const program = new Command('bench:hostile')
  .option('--runs <n>', 'parses per shape (median)', '7')
  .option('--requests <n>', 'reads per round', '1500')
  .option('--rounds <n>', 'rounds of reads alone and under hostile writes', '3')
  .option('--parse-only', 'only (a): no Neo4j, no server')
  .option('--keep-neo4j', 'leave the bench Neo4j running at the end')
  .parse();
const opts = program.opts<{
  runs: string;
  requests: string;
  rounds: string;
  parseOnly?: boolean;
  keepNeo4j?: boolean;
}>();

const ms = (n: number) => `${n.toFixed(1)} ms`;

function parseTable(): void {
  const times = hostileParseTimes(16 * 1024, Number(opts.runs));
  const rows = times.map((t) => [
    t.name,
    t.chars,
    ms(t.medianMs),
    ms(t.maxMs),
    t.medianMs <= PARSE_TARGET_MS ? 'yes' : 'NO',
  ]);
  const worst = Math.max(...times.map((t) => t.medianMs));
  console.log(
    terminalTable({
      title: `(a) Parse time of hostile articles, median of ${opts.runs} runs (target ≤ ${PARSE_TARGET_MS} ms each; worst ${ms(worst)})`,
      head: ['shape', 'characters', 'median', 'max', `≤ ${PARSE_TARGET_MS} ms`],
      rows,
    }),
  );
}

function reportTable(): void {
  const sizes = [512 * 1024, 4.9 * 1024 * 1024];
  const rows = sizes.map((size) => {
    const t = reportTimes(size, 3);
    return [
      `${(t.bytes / 1024 / 1024).toFixed(2)} MB`,
      t.claims,
      ms(t.textMs),
      ms(t.jsonMs),
      `${(t.textMs / t.jsonMs).toFixed(1)}×`,
    ];
  });
  console.log(
    terminalTable({
      title: '(c) Audit report of a large article: text against JSON (median of 3; the same report)',
      head: ['article', 'claims', 'text report', 'JSON', 'text ÷ JSON'],
      rows,
    }),
  );
}

async function httpTable(): Promise<void> {
  pointAtBenchNeo4j();
  await startBenchNeo4j((line) => console.log(line));
  await applySchema();
  const seed = await readArticleFile(SEED);
  await writeArticle(seed);
  await closeDriver();
  await nextBuild('bench-results');
  // A write token and a write budget for the server this bench starts: writes need the token
  // where the server requires one, and hostile writes must not be turned away by a rate limit.
  const token = randomBytes(24).toString('base64url');
  const server = await startNext('bench-results', '/api/articles', {
    CLAIMTRACE_READ_CACHE_MB: '0',
    CLAIMTRACE_WRITE_TOKEN: token,
    CLAIMTRACE_WRITE_RATE_LIMIT: '1000000',
  });
  try {
    const graph: QueryCase = {
      name: 'article graph',
      route: () => `/api/graph?article=${seed.article.slug}`,
      call: async () => undefined,
    };
    const requests = Number(opts.requests);
    await loadRoute(server.baseUrl, graph, 'off', 4, 200); // warm-up: JIT and the driver's pool
    const alone: number[] = [];
    const loaded: number[] = [];
    const rows: (string | number)[][] = [];
    for (let round = 1; round <= Number(opts.rounds); round++) {
      const a = await loadRoute(server.baseUrl, graph, 'off', 16, requests);
      alone.push(a.p95Ms);
      const writes = startHostileWrites(server.baseUrl, token);
      const w = await loadRoute(server.baseUrl, graph, 'off', 16, requests);
      writes.stop();
      const statuses = await writes.done;
      loaded.push(w.p95Ms);
      const written = [...statuses].map(([s, n]) => `${n}×${s}`).join(', ');
      rows.push([round, ms(a.medianMs), ms(a.p95Ms), ms(w.medianMs), ms(w.p95Ms), written]);
      if (a.non2xx + a.errors + w.non2xx + w.errors > 0) {
        throw new Error(`reads failed: ${a.non2xx + w.non2xx} non-2xx, ${a.errors + w.errors} errors`);
      }
    }
    const ratio = median(loaded) / median(alone);
    rows.push(['median', '', ms(median(alone)), '', ms(median(loaded)), `ratio ${ratio.toFixed(2)}×`]);
    console.log(
      terminalTable({
        title: `(b) GET /api/graph (16 connections, ${requests} requests a round, read cache off): alone vs while hostile 16 KB articles are POSTed by two writers (target ≤ ${RATIO_TARGET}×: ${ratio <= RATIO_TARGET ? 'met' : 'MISSED'})`,
        head: ['round', 'alone median', 'alone p95', 'writes median', 'writes p95', 'writes answered'],
        rows,
      }),
    );
    const body = await chunkedBodyFigures(server.baseUrl, token, server.pid);
    const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    console.log(
      terminalTable({
        title: `(d) ${body.bodies} chunked bodies of up to 100 MiB POSTed at once, no Content-Length (write body limit ${process.env.CLAIMTRACE_WRITE_BODY_MB ?? 11} MiB)`,
        head: ['answers', 'sent before the answer', 'server idle', 'server peak', 'peak - idle'],
        rows: [
          [
            body.statuses.join(', '),
            body.sentBytes.map(mib).join(', '),
            `${body.idleMiB} MiB`,
            `${body.peakMiB} MiB`,
            `${body.peakMiB - body.idleMiB} MiB`,
          ],
        ],
      }),
    );
  } finally {
    await server.stop();
  }
}

try {
  parseTable();
  reportTable();
  if (!opts.parseOnly) await httpTable();
} catch (error) {
  console.error(`bench:hostile failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  if (!opts.parseOnly) {
    if (opts.keepNeo4j) await closeDriver();
    else await stopBenchNeo4j();
  }
}
