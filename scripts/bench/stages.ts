import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { databaseName, getDriver } from '@/lib/neo4j/driver';
import { auditEveryArticle } from './audit-bench';
import { CORPUS_SIZES, type CorpusSize, generateCorpus } from './corpus/generate';
import { type DrawFigure, measureDraw, type Renderer } from './draw-bench';
import { prepareDrawTargets } from './draw-setup';
import { startFloorServer } from './floor/server';
import { type HttpFigure, loadRoute } from './http-bench';
import { articlesPerSecond, runLoadVariant } from './load-bench';
import type { LoadVariant } from './load-worker';
import { RssSampler } from './memory';
import { BENCH_HTTP_PORT, nextBuild, type RunningServer, startNext } from './next-server';
import {
  measureCorpusAudit,
  measureQuery,
  type QueryCase,
  type QueryFigure,
  queryCases,
} from './query-bench';
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
/** And a time cap: on a busy machine the naive way can take an hour; its rate is known long before. */
export const NAIVE_MAX_MS = 60_000;

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

export async function httpStage(server: RunningServer, cases: QueryCase[], size: CorpusSize, log: Log) {
  const figures: HttpFigure[] = [];
  const overhead: { name: string; ratio: number }[] = [];
  const sampler = new RssSampler(server.pid).start();
  for (const c of cases.filter((x) => HTTP_CASES.includes(x.name))) {
    for (const connections of CONNECTIONS) {
      const amount = size === 'small' ? 50 * Math.max(1, connections / 4) : connections === 1 ? 200 : 1000;
      log(`http ${c.name} at ${connections} connections, ${amount} requests ...`);
      // The overhead ratio pairs the one-connection run with an in-process run of the same inputs
      // taken just before it, so both see the same load from whatever else runs on the machine.
      const direct = connections === 1 ? await measureQuery(c, amount, 0) : null;
      const f = await loadRoute(server.baseUrl, c, connections, amount);
      figures.push(f);
      if (direct) overhead.push({ name: c.name, ratio: f.medianMs / direct.medianMs });
    }
  }
  return { figures, overhead, nextPeakMiB: sampler.stop() };
}

export async function serverFor(out: string, probePath: string, log: Log) {
  log('next build ...');
  const buildMs = await nextBuild(out);
  log(
    `next start on 127.0.0.1:${BENCH_HTTP_PORT} (${buildMs === null ? 'build up to date' : `build took ${(buildMs / 1000).toFixed(1)} s`}) ...`,
  );
  return { buildMs, server: await startNext(out, probePath) };
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
