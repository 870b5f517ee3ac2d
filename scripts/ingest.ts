import './load-env';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { articleFilesIn } from '@/lib/corpus/corpus-files';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { applySchema } from '@/lib/neo4j/apply-schema';
import { waitForDatabase } from '@/lib/neo4j/connect';
import { closeDriver } from '@/lib/neo4j/driver';
import { writeArticle } from '@/lib/neo4j/write-article';
import { fail } from './cli/fail';

/*
 * npm run ingest -- <file or folder>... [--slug <slug>]
 * Loads articles into the graph with the same parser and loader as the seed. Every file is parsed
 * first: one unusable file stops the run (exit 2) before anything is written. Each article is one
 * transaction, and loading an article again replaces it.
 */

// Above this many claims a load takes long enough that a progress bar helps.
const LONG_ARTICLE_CLAIMS = 500;

async function expand(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    files.push(...(info?.isDirectory() ? await articleFilesIn(input) : [input]));
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
    format: '{bar} {percentage}% | {value}/{total} steps | {label}',
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
    .option('--no-progress', 'never show a progress bar')
    .showHelpAfterError()
    .parse();
  const options = program.opts<{ slug?: string; progress: boolean }>();

  const files = await expand(program.args);
  if (options.slug && files.length !== 1)
    fail(new Error('--slug names one article: give exactly one file.'), 2);
  const docs = await parseAll(files, options.slug);
  const slugs = docs.map((d) => d.article.slug);
  const duplicate = slugs.find((s, i) => slugs.indexOf(s) !== i);
  if (duplicate) fail(new Error(`Two files would load as the same article "${duplicate}".`), 2);

  await waitForDatabase({ attempts: 10 });
  await applySchema();
  const started = performance.now();
  for (const doc of docs) {
    const long = doc.claims.length >= LONG_ARTICLE_CLAIMS || docs.length > 1;
    const bar = progressBar(options.progress && process.stderr.isTTY && long);
    bar?.start(1, 0, { label: doc.article.slug });
    const result = await writeArticle(doc, {
      onStep: (done, total, label) => {
        bar?.setTotal(total);
        bar?.update(done, { label: `${doc.article.slug}: ${label}` });
      },
    });
    bar?.stop();
    console.log(`ingested ${result.slug}: ${result.claims} claims, ${result.works} works`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Loaded ${docs.length} article(s) in ${seconds} s.`);
}

main()
  .catch((error) => fail(error))
  .finally(() => closeDriver());
