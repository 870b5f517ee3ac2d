import './load-env';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { Neo4jError } from 'neo4j-driver';
import { articleFilesIn } from '@/lib/corpus/corpus-files';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { applySchema } from '@/lib/neo4j/apply-schema';
import { TRANSACTION_LIMITS } from '@/lib/neo4j/article-limits';
import { waitForDatabase } from '@/lib/neo4j/connect';
import { closeDriver } from '@/lib/neo4j/driver';
import { type ArticleOutcome, DEFAULT_BATCH_SIZE, writeArticles } from '@/lib/neo4j/write-articles';
import { describeError, fail } from './cli/fail';
import { UsageError } from './cli/usage-error';

/*
 * npm run ingest -- <file or folder>... [--slug <slug>] [--batch-size <n>]
 * Loads articles into the graph with the same parser and loader as the seed. Every file is parsed
 * first: one unusable file stops the run (exit 2) before anything is written. Articles are then
 * written several per transaction (lib/neo4j/write-articles.ts); loading an article again
 * replaces it. A batch that fails is written again one article at a time, so an article the
 * database refuses is named with its error, left as it was, and the others load (exit 1).
 */

const HELP_AFTER = `
Writing: articles go to Neo4j in batches of --batch-size per transaction (default ${DEFAULT_BATCH_SIZE}).
A batch is written whole or not at all. If a batch fails, its articles are written again one per
transaction: each article is then either loaded whole or left exactly as it was before the run
(absent if it was new). An article over ${TRANSACTION_LIMITS.claims.toLocaleString('en-US')} claims or ${TRANSACTION_LIMITS.links.toLocaleString('en-US')} citations and mentions
is not loaded (docs/decisions/012-large-articles.md). Every article that failed is listed with its
error, and the exit status is 1.
A file that cannot be parsed stops the run before anything is written (exit 2).`;

async function expand(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(input); // a missing file is reported by its parse, with the others' problems
      continue;
    }
    const inFolder = await articleFilesIn(input);
    // "Loaded 0 of 0" with exit 0 would tell a script that all went well.
    if (inFolder.length === 0)
      fail(new UsageError(`${input} holds no article files (.txt, .md, .markdown).`), 2);
    files.push(...inFolder);
  }
  return files;
}

async function parseAll(files: string[], slug: string | undefined): Promise<GraphDocument[]> {
  const docs: GraphDocument[] = [];
  for (const file of files) {
    try {
      docs.push(await readArticleFile(file, { slug }));
    } catch (error) {
      fail(error, 2, path.relative(process.cwd(), file) || file);
    }
  }
  return docs;
}

function progressBar(enabled: boolean) {
  if (!enabled) return undefined;
  return new SingleBar({
    format: '{bar} {percentage}% | {value}/{total} articles | {label}',
    hideCursor: true,
    clearOnComplete: false,
  });
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run ingest --')
    .description('Load articles with numbered citations into the Claimtrace graph.')
    .argument('<paths...>', 'article files (.txt, .md) or folders of them')
    .option('--slug <slug>', 'the article slug (one file only); default: from the file name')
    .option('--batch-size <n>', 'articles per transaction', parseBatchSize, DEFAULT_BATCH_SIZE)
    .option('--no-progress', 'never show a progress bar')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError()
    .parse();
  const options = program.opts<{ slug?: string; progress: boolean; batchSize: number }>();

  const files = await expand(program.args);
  if (options.slug && files.length !== 1)
    fail(new UsageError('--slug names one article: give exactly one file.'), 2);
  const docs = await parseAll(files, options.slug);
  const slugs = docs.map((d) => d.article.slug);
  const duplicate = slugs.find((s, i) => slugs.indexOf(s) !== i);
  if (duplicate) fail(new UsageError(`Two files would load as the same article "${duplicate}".`), 2);

  await waitForDatabase({ attempts: 10 });
  await applySchema();
  const started = performance.now();
  const bar = progressBar(options.progress && process.stderr.isTTY && docs.length > 1);
  bar?.start(docs.length, 0, { label: '' });
  const failed: ArticleOutcome[] = [];
  await writeArticles(docs, {
    batchSize: options.batchSize,
    onArticle: (o) => {
      bar?.increment({ label: o.slug });
      if (!o.ok) failed.push(o);
      // With a bar, per-article lines would tear it; the summary below says what happened.
      else if (!bar) console.log(`ingested ${o.slug}: ${o.claims} claims, ${o.works} works`);
    },
  });
  bar?.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Loaded ${docs.length - failed.length} of ${docs.length} article(s) in ${seconds} s.`);
  for (const o of failed) {
    if (!o.ok) process.stderr.write(`error: not loaded: ${o.slug}: ${writeErrorMessage(o.error)}\n`);
  }
  if (failed.length > 0) {
    process.stderr.write(
      `${failed.length} article(s) failed and were left as they were; the others loaded.\n`,
    );
    process.exitCode = 1;
  }
}

/** The database's own words for why it refused an article, without a stack trace. */
function writeErrorMessage(error: unknown): string {
  if (error instanceof Neo4jError) return `${error.message.trim()} (${error.code})`;
  return error instanceof Error ? error.message : describeError(error);
}

function parseBatchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

main()
  .catch((error) => fail(error))
  .finally(() => closeDriver());
