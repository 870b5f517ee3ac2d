import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { parseArticleBytes } from '@/lib/ingest/parse-article';
import { readJats } from '@/lib/ingest/readers/jats/read-jats';
import { decodeArticleBytes } from '@/lib/ingest/validate-input';
import { medianOfRuns, round } from './stats';

/*
 * npm run bench:jats -- [--runs n] [--file f]
 *
 * The largest article of eval/corpus/jats (or --file): the median time of the JATS reader alone
 * (bytes to source document) and of parseArticleBytes (bytes to graph document, the reader
 * included), over --runs runs after one warm-up. Figures, not pass/fail: on a shared machine
 * every timing is an upper bound.
 */
const CORPUS = path.join('eval', 'corpus', 'jats');

function largestCorpusFile(): string {
  const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.xml'))
    .map((name) => path.join(CORPUS, name));
  const sizes = files.map((file) => ({ file, size: statSync(file).size }));
  sizes.sort((a, b) => b.size - a.size);
  const largest = sizes[0];
  if (!largest) throw new Error(`No .xml file under ${CORPUS}`);
  return largest.file;
}

async function main(): Promise<void> {
  const options = new Command('bench:jats')
    .option('--runs <n>', 'runs of each (median)', '15')
    .option('--file <path>', 'a JATS file instead of the largest of the corpus')
    .parse()
    .opts<{ runs: string; file?: string }>();
  const runs = Math.max(1, Number(options.runs));
  const file = options.file ?? largestCorpusFile();
  const bytes = new Uint8Array(readFileSync(file));
  const doc = readJats(decodeArticleBytes(bytes));
  const callouts = doc.blocks.reduce((n, b) => n + (b.citations?.length ?? 0), 0);
  const read = await medianOfRuns(runs, () => readJats(decodeArticleBytes(bytes)));
  const parse = await medianOfRuns(runs, () =>
    parseArticleBytes(bytes, { slug: 'bench-jats', name: path.basename(file) }),
  );
  console.log(
    `${file}: ${round(bytes.byteLength / 1024)} KB, ${doc.blocks.length} blocks, ${callouts} callouts, ${doc.references?.length ?? 0} references`,
  );
  console.log(`read (bytes → source document), median of ${runs}: ${round(read)} ms`);
  console.log(`parse (bytes → graph document), median of ${runs}: ${round(parse)} ms`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
