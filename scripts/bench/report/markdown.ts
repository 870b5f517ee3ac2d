import type { BenchResults, Stage } from '../results';
import { drawTable, httpTable, loadTable, memoryTable, queryTable, targetTable } from './sections';
import { markdownTable, type TableData } from './table';

function section(
  title: string,
  stage: Stage | null,
  table: TableData | null,
  r: BenchResults,
  prose: string[] = [],
): string {
  const body = table
    ? markdownTable(table)
    : `Not run in this invocation${stage && !r.stages.includes(stage) ? ` (stage "${stage}" not selected with --only)` : ''}.`;
  return [`## ${title}`, '', ...prose.flatMap((p) => [p, '']), body, ''].join('\n');
}

/** How few articles the naive rate rests on, said next to the table rather than left to the reader. */
function naiveSampling(r: BenchResults): string[] {
  return (r.load?.runs ?? [])
    .filter((x) => x.variant === 'naive')
    .map(
      (x) =>
        `The naive rate on ${x.corpus} rests on ${x.articles} article(s) (${x.claims} claims)` +
        (x.sampledEvery > 1 ? `, every ${x.sampledEvery}th article of the corpus` : '') +
        (x.offered > x.articles
          ? `, all it finished of ${x.offered} offered before its time cap (${(x.loadMs / 1000).toFixed(0)} s)`
          : '') +
        '; articles differ in length, so its ratio is an estimate, not a measurement of the whole corpus.',
    );
}

/** The Markdown report of one run: machine and date first, then one section per stage, then targets. */
export function markdownReport(r: BenchResults): string {
  const m = r.machine;
  const lines = [
    '# Claimtrace benchmarks',
    '',
    `Run of \`${r.command}\`, ${r.startedAt} to ${r.finishedAt}.`,
    '',
    '## Machine',
    '',
    `| What | Value |`,
    `|---|---|`,
    `| CPUs (nproc) | ${m.cpus} |`,
    `| CPU model | ${m.cpuModel} |`,
    `| Memory | ${m.memoryGiB} GiB |`,
    `| Node | ${m.node} |`,
    `| Java | ${m.java} |`,
    `| Neo4j | ${m.neo4j} (page cache 512 MiB, heap 1 GiB) |`,
    `| Chromium | ${m.chromium} |`,
    `| Load average at start (1/5/15 min) | ${m.loadAverage} |`,
    '',
    m.busy.length > 0
      ? `Other busy processes when the run started (they share the CPUs, so figures are upper bounds):\n\n${m.busy.map((b) => `- ${b}`).join('\n')}`
      : 'No other busy process when the run started.',
    '',
    '## Corpus',
    '',
    `${r.corpus.articles} generated articles (${r.corpus.size}), ${r.corpus.claims} claims, citing a shared pool of ${r.corpus.poolWorks} works with Zipf-skewed popularity; seed ${r.corpus.seed}; generated in ${(r.corpus.generateMs / 1000).toFixed(1)} s (reused when already present). Bench Neo4j started in ${(r.neo4jStartMs / 1000).toFixed(1)} s.`,
    '',
    section('Load', 'load', loadTable(r), r, [
      'loader: lib/neo4j/write-articles.ts, the same call `npm run ingest` makes for a folder: several articles per write transaction (UNWIND + MERGE), schema applied first. naive: one auto-commit MERGE per node and per relationship, same constraints. floor: UNWIND CREATE into an empty database without constraints, shared nodes deduplicated in memory, 25 articles per transaction. The database is emptied between variants. The last columns compare articles per second.',
      ...naiveSampling(r),
    ]),
    section('Queries', 'queries', queryTable(r), r, [
      'Named queries of lib/neo4j/queries called in-process on the loaded corpus, one after another, with inputs drawn at random (seeded) after a warm-up.',
    ]),
    section('HTTP', 'http', httpTable(r), r, [
      "The explorer's queries through the app's API routes after `next build`, `next start` on 127.0.0.1 (the bench app port), autocannon on loopback. Inputs are drawn by popularity: Zipf (s = 1) over all articles, claims, concept-in-article pairs and search terms in a seeded order, so a few are asked for often and most rarely; request i of every step asks for input i of the same sequence.",
      '**Read cache off**: the server stores no answer (`CLAIMTRACE_READ_CACHE_MB=0`), so every request runs its Cypher query (identical requests in flight at the same moment still share one). **Read cache on**: the default server; each step starts with an empty cache (the bench counts a write first, as an ingest would), so first requests for an input run the query and repeated identical requests are answered from the cache without Neo4j. "Cache hits" is the share of responses the server marked `x-cache: hit`; the median and p95 cover hits and misses together. **On, warm**: the same requests again right after, every answer already cached: what repeated identical requests cost, as in a steady state between ingests.',
      'The CPU columns divide the CPU time (user + system) that the `next start` process tree and the Neo4j JVM used during the step by its requests: the work a request costs, which unlike latency does not grow when other programs take the cores. The last column divides the HTTP median at one connection, cache off, by the in-process median of the same inputs measured just before it.',
    ]),
    section('Drawing', 'draw', drawTable(r), r, [
      "Explorer: `/?article=<slug>` until the claimtrace:graph-ready mark. Floor: scripts/bench/floor, a bare page drawing the same elements with the same stylesheet and layout options with Cytoscape alone. Nav→data is when the graph had arrived: the end of the floor's request for its JSON file; for the explorer, which reads the graph on the server and embeds it in the page, the end of the HTML document (the end of a request to /api/graph if the page had to make one). Nav→Cytoscape is when the page called Cytoscape (the marks claimtrace:canvas-start and floor:canvas-start): what each page does before drawing (loading, running its scripts, for the explorer hydrating React and mapping the graph to elements); Cytoscape→drawn is the drawing itself (creating the instance, adding the elements, layout, fit, two frames). Each explorer page is requested once, untimed, before the runs, so the server is past its first render after start. Every run starts a fresh browser (cold cache and JIT) and lets it settle on about:blank for 1.5 s before navigating: a new Chromium loads its own UI pages during its first second, which otherwise lands inside the measurement of whichever page comes first. WebGL runs on SwiftShader here (no GPU), so its figures say nothing about a machine with one.",
    ]),
    section('Memory', 'memory', memoryTable(r), r),
    `## Targets`,
    '',
    markdownTable(targetTable(r)),
    '',
    ...(r.notes.length > 0 ? ['## Notes', '', ...r.notes.map((n) => `- ${n}`), ''] : []),
  ];
  return lines.join('\n');
}
