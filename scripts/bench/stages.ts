import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { databaseName, getDriver } from '@/lib/neo4j/driver';
import { bumpGraphRevision } from '@/lib/neo4j/graph-revision';
import { auditEveryArticle } from './audit-bench';
import { CORPUS_SIZES, type CorpusSize, generateCorpus } from './corpus/generate';
import { type DrawFigure, measureDraw, type Renderer } from './draw-bench';
import { prepareDrawTargets } from './draw-setup';
import { startFloorServer } from './floor/server';
import { type HttpFigure, loadRoute } from './http-bench';
import { articlesPerSecond, runLoadVariant } from './load-bench';
import type { LoadVariant } from './load-worker';
import { BENCH_BOLT_PORT, readInstance } from './bench-neo4j';
import { treeCpuMs } from './cpu';
import { RssSampler } from './memory';
import { BENCH_HTTP_PORT, nextBuild, type RunningServer, startNext } from './next-server';
import { measureCorpusAudit, measureQuery, type QueryFigure, queryCases } from './query-bench';
import { queryInputs } from './query-inputs';
import type { AuditFigures, LoadSection } from './results';

export type Log = (line: string) => void;

/** Which corpora the load comparison covers: medium and large for a large run, as the issue asks. */
export function loadCorpora(size: CorpusSize): CorpusSize[] {
  if (size === 'large') return ['medium', 'large'];
  return [size];
}

/** Naive loading of a large corpus takes too long to run whole; every n-th article stands in for it. */
export const NAIVE_SAMPLE_EVERY: Record<CorpusSize, number> = { small: 1, medium: 1, large: 20 };
/**
 * And a time cap: on a busy machine the naive way can take an hour. At 60 s it finished only 2-4
 * articles, too few for a rate to lean on; 120 s gives it twice as many, and the report names
 * how many articles the rate rests on.
 */
export const NAIVE_MAX_MS = 120_000;

export async function ensureCorpus(out: string, size: CorpusSize, log: Log, articles?: number) {
  const dir = path.join(out, `corpus-${size}`);
  const t0 = performance.now();
  const manifest = await generateCorpus(dir, articles ?? CORPUS_SIZES[size]);
  log(`corpus ${size}: ${manifest.articles} articles in ${dir}`);
  return { dir, manifest, generateMs: performance.now() - t0 };
}

/**
 * Runs floor, naive and loader on each corpus; the loader on the run's own corpus goes last, so
 * the database is left holding it for the stages that follow.
 */
export async function loadStage(
  out: string,
  size: CorpusSize,
  variants: LoadVariant[],
  log: Log,
  articles?: number,
): Promise<LoadSection> {
  const runs: LoadSection['runs'] = [];
  const corpora = loadCorpora(size);
  for (const corpus of corpora) {
    const { dir } = await ensureCorpus(out, corpus, log, corpus === size ? articles : undefined);
    for (const variant of variants) {
      const every = variant === 'naive' ? NAIVE_SAMPLE_EVERY[corpus] : 1;
      log(`load ${corpus} ${variant}${every > 1 ? ` (every ${every}th article)` : ''} ...`);
      const r = await runLoadVariant(variant, dir, every, variant === 'naive' ? NAIVE_MAX_MS : undefined);
      const row = { ...r, corpus, sampledEvery: every, articlesPerSecond: articlesPerSecond(r) };
      log(
        `  ${r.articles} articles in ${(r.loadMs / 1000).toFixed(1)} s = ${row.articlesPerSecond.toFixed(2)} articles/s`,
      );
      runs.push(row);
    }
  }
  return { runs };
}

export async function queryStage(size: CorpusSize, log: Log) {
  const runs = size === 'small' ? 30 : 200;
  const inputs = await queryInputs(runs);
  const cases = queryCases(inputs);
  const figures: QueryFigure[] = [];
  for (const c of cases) {
    log(`query ${c.name} ...`);
    figures.push(await measureQuery(c, runs, 20));
  }
  log('corpus audit ...');
  const cypher = await measureCorpusAudit(size === 'small' ? 3 : 10);
  const slugs = await allSlugs();
  const perArticle = await auditEveryArticle(slugs, 4);
  const audit: AuditFigures = { cypher, perArticle };
  return { figures, audit, cases };
}

async function allSlugs(): Promise<string[]> {
  const { records } = await getDriver().executeQuery(
    'MATCH (a:Article) RETURN a.slug ORDER BY a.slug',
    {},
    { database: databaseName() },
  );
  return records.map((r) => r.get(0) as string);
}

/** The routes the HTTP test loads; the issue names article graph and claim trace as the hot paths. */
const HTTP_CASES = ['article graph', 'claim trace', 'concept filter (in article)', 'search'];
export const CONNECTIONS = [1, 16, 64] as const;
/** The read cache's memory in the cache-on server: the default of lib/env.ts. */
const CACHE_MODES: { cache: HttpFigure['cache']; env: Record<string, string> }[] = [
  { cache: 'off', env: { CLAIMTRACE_READ_CACHE_MB: '0' } },
  { cache: 'on', env: {} },
];

/** Runs one load step and adds the CPU time the server and Neo4j spent on it, per request. */
async function withCpu(server: RunningServer, step: () => Promise<HttpFigure>): Promise<HttpFigure> {
  const neo4jPid = readInstance(BENCH_BOLT_PORT)?.pid;
  const before = { next: treeCpuMs(server.pid), neo4j: neo4jPid ? treeCpuMs(neo4jPid) : Number.NaN };
  const f = await step();
  const per = (ms: number) => ms / Math.max(f.requests, 1);
  return {
    ...f,
    serverCpuMsPerRequest: per(treeCpuMs(server.pid) - before.next),
    neo4jCpuMsPerRequest: neo4jPid ? per(treeCpuMs(neo4jPid) - before.neo4j) : undefined,
  };
}

/** Counts a write without changing data: the server's cached answers are then all out of date. */
async function emptyReadCache(): Promise<void> {
  const session = getDriver().session({ database: databaseName() });
  try {
    await session.executeWrite((tx) => bumpGraphRevision(tx));
  } finally {
    await session.close();
  }
}

/**
 * Each route at 1, 16 and 64 connections, first against a server with the read cache off (every
 * request runs its query), then with it on. Inputs are drawn by popularity (query-inputs.ts), the
 * same sequence for both, and each cache-on step starts with an empty cache (as after an ingest),
 * so its figure mixes misses for first requests with hits for repeats; the share of hits is reported.
 * Each cache-on step is then repeated as it is ("warm"): what repeated identical requests cost.
 * Returns the cache-on server, which the drawing stage reuses.
 */
export async function httpStage(out: string, size: CorpusSize, log: Log) {
  const runs = size === 'small' ? 30 : 200;
  const cases = queryCases(await queryInputs(1000, 11, 'popular')).filter((x) => HTTP_CASES.includes(x.name));
  const figures: HttpFigure[] = [];
  const overhead: { name: string; ratio: number }[] = [];
  let buildMs: number | null = null;
  let nextPeakMiB = 0;
  let server: RunningServer | undefined;
  try {
    for (const mode of CACHE_MODES) {
      await server?.stop();
      if (mode.cache === 'off') {
        const started = await serverFor(out, '/api/graph', log, mode.env);
        buildMs = started.buildMs;
        server = started.server;
      } else {
        log(`next start with the read cache ${mode.cache} ...`);
        server = await startNext(out, '/api/graph', mode.env);
      }
      const sampler = new RssSampler(server.pid).start();
      for (const c of cases) {
        for (const connections of CONNECTIONS) {
          const amount =
            size === 'small' ? 50 * Math.max(1, connections / 4) : connections === 1 ? runs : 1000;
          log(`http ${c.name}, cache ${mode.cache}, ${connections} connections, ${amount} requests ...`);
          if (mode.cache === 'on') await emptyReadCache();
          // The overhead ratio pairs the one-connection run without cache with an in-process run of
          // the same inputs taken just before it, so both see the same load from the rest of the machine.
          const direct = mode.cache === 'off' && connections === 1 ? await measureQuery(c, amount, 0) : null;
          const running = server;
          const load = (cache: HttpFigure['cache']) =>
            withCpu(running, () => loadRoute(running.baseUrl, c, cache, connections, amount));
          const f = await load(mode.cache);
          figures.push(f);
          if (direct) overhead.push({ name: c.name, ratio: f.medianMs / direct.medianMs });
          // The same requests again at once: the cache now holds every answer, as in a steady state.
          if (mode.cache === 'on') figures.push(await load('warm'));
        }
      }
      nextPeakMiB = Math.max(nextPeakMiB, sampler.stop());
    }
  } catch (error) {
    await server?.stop();
    throw error;
  }
  return { figures, overhead, nextPeakMiB, buildMs, server: server as RunningServer };
}

export async function serverFor(out: string, probePath: string, log: Log, env: Record<string, string> = {}) {
  log('next build ...');
  const buildMs = await nextBuild(out);
  log(
    `next start on 127.0.0.1:${BENCH_HTTP_PORT} (${buildMs === null ? 'build up to date' : `build took ${(buildMs / 1000).toFixed(1)} s`}) ...`,
  );
  return { buildMs, server: await startNext(out, probePath, env) };
}

export const DRAW_SIZES = [200, 1000, 5000] as const;

export async function drawStage(
  out: string,
  server: RunningServer,
  runs: number,
  log: Log,
): Promise<DrawFigure[]> {
  const dir = path.join(out, 'draw');
  log('draw: loading articles of 200, 1,000 and 5,000 elements ...');
  const targets = await prepareDrawTargets(dir, DRAW_SIZES);
  const floor = await startFloorServer(dir);
  const floorPort = (floor.address() as AddressInfo).port;
  const figures: DrawFigure[] = [];
  try {
    // One untimed request per explorer page first: the page now reads its graph on the server,
    // and the first render after `next start` (route code loaded, JIT cold) is not what a reader
    // of a running server waits for. The floor's static server needs no warm-up.
    for (const t of targets) await (await fetch(`${server.baseUrl}/?article=${t.slug}`)).arrayBuffer();
    for (const t of targets) {
      for (const renderer of ['canvas', 'webgl'] as Renderer[]) {
        const q = renderer === 'webgl' ? '&renderer=webgl' : '';
        const common = { renderer, elements: t.elements, layout: t.layout, runs, timeoutMs: 180_000 };
        log(`draw ${t.elements} elements, ${renderer}, explorer and floor ...`);
        figures.push(
          await measureDraw({
            ...common,
            page: 'explorer',
            url: `${server.baseUrl}/?article=${t.slug}${q}`,
            dataPath: '/api/graph',
          }),
        );
        figures.push(
          await measureDraw({
            ...common,
            page: 'floor',
            url: `http://127.0.0.1:${floorPort}/?graph=${t.slug}${q}`,
            dataPath: `/data/${t.dataFile}`,
          }),
        );
      }
    }
  } finally {
    await new Promise((r) => floor.close(r));
  }
  return figures;
}
