import type { BenchResults } from '../results';
import type { TableData } from './table';

/**
 * The report's tables, built once from the results and shared by the terminal and the Markdown
 * file. A stage that did not run yields no table; the Markdown writer says so in its section.
 */
const s = (ms: number) => ms / 1000;

export function loadTable(r: BenchResults): TableData | null {
  if (!r.load) return null;
  const rows = r.load.runs.map((x) => {
    const loader = r.load?.runs.find((y) => y.variant === 'loader' && y.corpus === x.corpus);
    const ratio = loader ? loader.articlesPerSecond / x.articlesPerSecond : Number.NaN;
    return [
      x.corpus,
      x.variant +
        (x.batchSize ? ` (${x.batchSize} articles per transaction)` : '') +
        (x.sampledEvery > 1 ? ` (sampled: every ${x.sampledEvery}th article)` : '') +
        (x.offered > x.articles ? ` (first ${x.articles} of ${x.offered}: time cap)` : ''),
      x.articles,
      x.claims,
      s(x.parseMs),
      s(x.loadMs),
      x.articlesPerSecond,
      x.variant === 'loader' ? '1' : `${ratio.toFixed(2)}`,
      x.peakRssMiB,
    ];
  });
  return {
    title: 'Load (one process per variant; parse timed apart from load)',
    head: [
      'Corpus',
      'Variant',
      'Articles',
      'Claims',
      'Parse s',
      'Load s',
      'Articles/s',
      'Loader speed ÷ this',
      'Peak RSS MiB',
    ],
    rows,
  };
}

export function queryTable(r: BenchResults): TableData | null {
  if (!r.queries) return null;
  const rows = r.queries.map((q) => [q.name, q.runs, q.medianMs, q.p95Ms, q.maxMs]);
  if (r.audit) {
    const a = r.audit.cypher;
    rows.push([`${a.name}, ${a.articles} articles`, a.runs, a.medianMs, a.p95Ms, a.maxMs]);
    const p = r.audit.perArticle;
    rows.push([
      `audit rules per article (read back + lib/audit), ${p.articles} articles, ${p.concurrency} at a time`,
      1,
      p.wallMs,
      p.wallMs,
      p.wallMs,
    ]);
  }
  return {
    title: 'Queries in-process (one caller, ms)',
    head: ['Query', 'Runs', 'Median', 'p95', 'Max'],
    rows,
  };
}

export function httpTable(r: BenchResults): TableData | null {
  if (!r.http) return null;
  const overhead = new Map(r.http.overhead.map((o) => [o.name, o.ratio]));
  const routes = [...new Set(r.http.figures.map((f) => f.name))];
  // Each route's figures together: cache off, then on, by connections.
  const figures = [...r.http.figures].sort(
    (a, b) =>
      routes.indexOf(a.name) - routes.indexOf(b.name) ||
      a.cache.localeCompare(b.cache) ||
      a.connections - b.connections,
  );
  const cacheLabel = { off: 'off', on: 'on, from empty', warm: 'on, warm' } as const;
  const rows = figures.map((f) => [
    f.name,
    cacheLabel[f.cache],
    f.connections,
    f.requests,
    f.cache === 'off' ? '-' : `${Math.round(f.cacheHitShare * 100)} %`,
    f.medianMs,
    f.p95Ms,
    f.requestsPerSecond,
    f.serverCpuMsPerRequest ?? Number.NaN,
    f.neo4jCpuMsPerRequest ?? Number.NaN,
    f.non2xx + f.errors,
    f.connections === 1 && f.cache === 'off' ? `${(overhead.get(f.name) ?? Number.NaN).toFixed(2)}×` : '',
  ]);
  return {
    title: 'HTTP (next start on loopback, autocannon; ms)',
    head: [
      'Route',
      'Read cache',
      'Connections',
      'Requests',
      'Cache hits',
      'Median',
      'p95',
      'Req/s',
      'Next CPU ms/req',
      'Neo4j CPU ms/req',
      'Failed',
      'HTTP ÷ in-process (median)',
    ],
    rows,
  };
}

export function drawTable(r: BenchResults): TableData | null {
  if (!r.draw) return null;
  const rows = r.draw.map((d) => [
    d.page,
    d.renderer,
    d.elements,
    d.layout,
    d.runs,
    d.navToDataMs,
    d.dataToDrawnMs,
    d.navToCanvasMs,
    d.canvasToDrawnMs,
    d.navToDrawnMs,
    d.layoutMs ?? Number.NaN,
  ]);
  return {
    title: 'Drawing (headless Chromium, fresh browser per run, medians, ms)',
    head: [
      'Page',
      'Renderer',
      'Elements',
      'Layout',
      'Runs',
      'Nav→data',
      'Data→drawn',
      'Nav→Cytoscape',
      'Cytoscape→drawn',
      'Nav→drawn',
      'Layout (floor)',
    ],
    rows,
  };
}

export function memoryTable(r: BenchResults): TableData | null {
  if (!r.memory) return null;
  const rows: (string | number)[][] = Object.entries(r.memory.loaderPeakMiB).map(([k, v]) => [
    `loader process: ${k}`,
    v,
  ]);
  rows.push(['next start during the HTTP load test (process tree)', r.memory.nextPeakMiB ?? Number.NaN]);
  rows.push(['Neo4j JVM at the end of the run (VmHWM)', r.memory.neo4jPeakMiB ?? Number.NaN]);
  return { title: 'Memory (peak resident set, MiB)', head: ['Process', 'Peak RSS MiB'], rows };
}

export function targetTable(r: BenchResults): TableData {
  return {
    title: 'Targets',
    head: ['Target', 'Limit', 'Measured', 'Result', 'Note'],
    rows: r.targets.map((t) => [
      t.target,
      t.limit,
      t.measured,
      t.pass === null ? 'n/a' : t.pass ? 'pass' : 'MISS',
      t.note,
    ]),
  };
}
