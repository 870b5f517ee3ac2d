import '../load-env';
import { applySchema } from '@/lib/neo4j/apply-schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { graphCounts } from '@/lib/neo4j/graph-counts';
import { DEFAULT_BATCH_SIZE, writeArticles } from '@/lib/neo4j/write-articles';
import type { CorpusManifest } from './corpus/generate';
import { parseCorpus } from './corpus/parse-corpus';
import { floorLoad } from './floor-loader';
import { procStatusMiB } from './memory';
import { naiveWriteArticle } from './naive-loader';
import { wipeDatabase } from './wipe';

/*
 * One load variant in a process of its own, so its peak RSS (VmHWM) is the loader's alone and no
 * variant warms the JIT for the next.
 * Usage: load-worker.ts <variant> <corpus dir> [every-nth] [max-ms] [batch-size].
 * With max-ms, the naive variant stops after that long and reports the articles it finished. The
 * loader variant makes the same call as `npm run ingest` of a folder (writeArticles, default batch
 * size unless one is given), after the same applySchema().
 * The parent sets NEO4J_URI/NEO4J_PASSWORD to the bench Neo4j. Prints one JSON line: LOAD_RESULT {...}.
 */
export type LoadVariant = 'loader' | 'naive' | 'floor';
export interface LoadResult {
  variant: LoadVariant;
  articles: number;
  /** Articles the variant was given; more than `articles` when the time cap stopped it early. */
  offered: number;
  claims: number;
  parseMs: number;
  readMs: number;
  wipeMs: number;
  schemaMs: number;
  loadMs: number;
  peakRssMiB: number;
  statements?: number;
  /** Articles per transaction of the loader variant. */
  batchSize?: number;
  counts: Awaited<ReturnType<typeof graphCounts>>;
}

async function main(): Promise<void> {
  const [variant, dir, everyNth, maxMsArg, batchArg] = process.argv.slice(2) as [
    LoadVariant,
    string,
    string?,
    string?,
    string?,
  ];
  const maxMs = Number(maxMsArg ?? Number.POSITIVE_INFINITY);
  const { readFile } = await import('node:fs/promises');
  const manifest = JSON.parse(await readFile(`${dir}/manifest.json`, 'utf8')) as CorpusManifest;
  const step = Number(everyNth ?? 1);
  const entries = manifest.entries.filter((_, i) => i % step === 0);
  const { docs, parseMs, readMs } = await parseCorpus(dir, entries);

  let t = performance.now();
  await wipeDatabase();
  const wipeMs = performance.now() - t;
  t = performance.now();
  if (variant !== 'floor') await applySchema();
  const schemaMs = performance.now() - t;

  let statements: number | undefined;
  let loaded = docs;
  const batchSize = variant === 'loader' ? Number(batchArg ?? DEFAULT_BATCH_SIZE) : undefined;
  t = performance.now();
  if (variant === 'loader') {
    const failed = (await writeArticles(docs, { batchSize })).filter((o) => !o.ok);
    if (failed.length > 0) throw new Error(`${failed.length} article(s) failed to load, first: ${failed[0]?.slug}`);
  } else if (variant === 'naive') {
    statements = 0;
    let done = 0;
    for (const doc of docs) {
      statements += await naiveWriteArticle(doc);
      done++;
      if (performance.now() - t > maxMs) break;
    }
    loaded = docs.slice(0, done);
  } else {
    await floorLoad(docs);
  }
  const loadMs = performance.now() - t;
  const counts = await graphCounts();
  await closeDriver();
  const result: LoadResult = {
    variant,
    articles: loaded.length,
    offered: docs.length,
    claims: loaded.reduce((n, d) => n + d.claims.length, 0),
    parseMs,
    readMs,
    wipeMs,
    schemaMs,
    loadMs,
    peakRssMiB: procStatusMiB('self', 'VmHWM'),
    statements,
    batchSize,
    counts,
  };
  console.log(`LOAD_RESULT ${JSON.stringify(result)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
