import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { closeDriver } from '@/lib/neo4j/driver';
import {
  BENCH_BOLT_PORT,
  neo4jVersion,
  pointAtBenchNeo4j,
  readInstance,
  startBenchNeo4j,
  stopBenchNeo4j,
} from './bench-neo4j';
import type { CorpusSize } from './corpus/generate';
import type { LoadVariant } from './load-worker';
import { procStatusMiB } from './memory';
import type { RunningServer } from './next-server';
import { describeMachine } from './report/machine';
import { markdownReport } from './report/markdown';
import type { BenchResults, Stage } from './results';
import { drawStage, ensureCorpus, httpStage, type Log, loadStage, queryStage, serverFor } from './stages';
import { checkTargets } from './targets';

export interface BenchOptions {
  size: CorpusSize;
  only: Stage[];
  out: string;
  command: string;
  /** Fresh-browser runs per drawing figure. */
  drawRuns: number;
  /** Use the Neo4j that NEO4J_URI already names (the smoke test's) instead of starting the bench one. */
  externalNeo4j?: boolean;
  /** Leave the bench Neo4j running afterwards (the next run skips its start-up). */
  keepNeo4j?: boolean;
  /** Fewer articles than the size names (the smoke test); the report says so. */
  articles?: number;
  log?: Log;
}

/** Runs the selected stages and writes bench-<size>.json and bench-<size>.md into `out`. */
export async function runBench(
  o: BenchOptions,
): Promise<{ results: BenchResults; jsonFile: string; mdFile: string }> {
  const log = o.log ?? console.log;
  const startedAt = new Date().toISOString();
  const machine = describeMachine('unknown');
  await mkdir(o.out, { recursive: true });
  const corpus = await ensureCorpus(o.out, o.size, log, o.articles);

  let neo4jStartMs = 0;
  if (!o.externalNeo4j) {
    pointAtBenchNeo4j();
    log(`starting the bench Neo4j on port ${BENCH_BOLT_PORT} ...`);
    neo4jStartMs = await startBenchNeo4j(log);
  }
  let server: RunningServer | undefined;
  const results: BenchResults = {
    version: 1,
    startedAt,
    finishedAt: startedAt,
    command: o.command,
    stages: o.only,
    machine,
    corpus: {
      size: o.size,
      articles: corpus.manifest.articles,
      claims: 0,
      seed: corpus.manifest.seed,
      poolWorks: corpus.manifest.poolWorks,
      generateMs: corpus.generateMs,
    },
    neo4jStartMs,
    targets: [],
    notes: [],
  };
  const base = path.join(o.out, `bench-${o.size}`);
  // Written after every stage, so a stage that fails late leaves the figures of those before it.
  const save = async () => {
    results.finishedAt = new Date().toISOString();
    results.targets = checkTargets(results);
    await writeFile(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(`${base}.md`, markdownReport(results));
  };
  const attempt = async (stage: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      results.notes.push(`Stage ${stage} failed: ${(error as Error).message.split('\n')[0]}`);
      log(`stage ${stage} failed: ${(error as Error).stack ?? error}`);
    }
    await save();
  };
  try {
    machine.neo4j = await neo4jVersion();
    const has = (s: Stage) => o.only.includes(s);
    const variants: LoadVariant[] = has('load') ? ['floor', 'naive', 'loader'] : ['loader'];
    const load = await loadStage(o.out, o.size, variants, log, o.articles);
    if (has('load')) results.load = load;
    const own = load.runs.find((r) => r.variant === 'loader' && r.corpus === o.size);
    results.corpus.claims = own?.claims ?? 0;
    await save();

    if (has('queries')) {
      const q = await queryStage(o.size, log);
      results.queries = q.figures;
      results.audit = q.audit;
      await save();
    }
    if (has('http')) {
      await attempt('http', async () => {
        const h = await httpStage(o.out, o.size, log);
        server = h.server;
        results.http = { buildMs: h.buildMs, figures: h.figures, overhead: h.overhead };
        results.memory = { loaderPeakMiB: {}, nextPeakMiB: h.nextPeakMiB, neo4jPeakMiB: null };
      });
    }
    if (has('draw')) {
      await attempt('draw', async () => {
        server ??= (await serverFor(o.out, '/api/graph', log)).server;
        results.draw = await drawStage(o.out, server, o.drawRuns, log);
      });
    }
    if (has('memory') || has('load')) {
      const loaderPeakMiB = Object.fromEntries(
        load.runs.map((r) => [`${r.variant}, ${r.corpus}`, r.peakRssMiB]),
      );
      const pid = o.externalNeo4j ? undefined : readInstance(BENCH_BOLT_PORT)?.pid;
      results.memory = {
        loaderPeakMiB,
        nextPeakMiB: results.memory?.nextPeakMiB ?? null,
        neo4jPeakMiB: pid ? procStatusMiB(pid, 'VmHWM') : null,
      };
    }
  } finally {
    await server?.stop();
    if (o.externalNeo4j) await closeDriver();
    else if (o.keepNeo4j) await closeDriver();
    else await stopBenchNeo4j();
  }
  await save();
  return { results, jsonFile: `${base}.json`, mdFile: `${base}.md` };
}
