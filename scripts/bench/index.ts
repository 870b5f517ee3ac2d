import '../load-env';
import { copyFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import type { CorpusSize } from './corpus/generate';
import { drawTable, httpTable, loadTable, memoryTable, queryTable, targetTable } from './report/sections';
import { terminalTable } from './report/table';
import { STAGES, type Stage } from './results';
import { runBench } from './run';

/** `npm run bench`: load, query, HTTP, drawing and memory figures at corpus scale (docs/benchmarks.md). */
const program = new Command('bench')
  .description('Benchmarks Claimtrace on a generated corpus against the naive way and the floor')
  .addOption(
    new Option('-s, --size <size>', 'corpus size: small (10), medium (100) or large (1,000 articles)')
      .choices(['small', 'medium', 'large'])
      .default('small'),
  )
  .option('-o, --only <stages>', `comma-separated stages: ${STAGES.join(',')}`, STAGES.join(','))
  .option('--out <dir>', 'folder for the corpus, JSON and Markdown (git-ignored)', 'bench-results')
  .option('--draw-runs <n>', 'fresh-browser runs per drawing figure', '3')
  .option('--keep-neo4j', 'leave the bench Neo4j (port 7689) running at the end')
  .option('--markdown <file>', 'also copy the Markdown report here (e.g. docs/benchmarks.md)')
  .showHelpAfterError();

program.parse();
const opts = program.opts<{
  size: CorpusSize;
  only: string;
  out: string;
  drawRuns: string;
  keepNeo4j?: boolean;
  markdown?: string;
}>();
const only = opts.only
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = only.filter((s) => !(STAGES as readonly string[]).includes(s));
if (unknown.length > 0)
  program.error(`unknown stage(s): ${unknown.join(', ')}; choose from ${STAGES.join(', ')}`);

try {
  const { results, jsonFile, mdFile } = await runBench({
    size: opts.size,
    only: only as Stage[],
    out: opts.out,
    drawRuns: Math.max(1, Number(opts.drawRuns) || 3),
    keepNeo4j: opts.keepNeo4j === true,
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  });
  for (const table of [loadTable, queryTable, httpTable, drawTable, memoryTable, targetTable]) {
    const t = table(results);
    if (t) console.log(`\n${terminalTable(t)}`);
  }
  if (opts.markdown) await copyFile(mdFile, opts.markdown);
  console.log(`\nWrote ${jsonFile} and ${mdFile}${opts.markdown ? ` (copied to ${opts.markdown})` : ''}`);
} catch (error) {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
}
