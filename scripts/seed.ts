import './load-env';
import path from 'node:path';
import { articleFilesIn, CORPUS_DIR } from '@/lib/corpus/corpus-files';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import { applySchema } from '@/lib/neo4j/apply-schema';
import { waitForDatabase } from '@/lib/neo4j/connect';
import { closeDriver } from '@/lib/neo4j/driver';
import { graphCounts } from '@/lib/neo4j/graph-counts';
import { writeArticle } from '@/lib/neo4j/write-article';
import { countsTable } from './cli/counts-table';
import { fail } from './cli/fail';

/*
 * npm run seed: applies graph/schema.cypher and loads every article of graph/corpus. Every file is
 * parsed before anything is written, so a malformed file stops the seed with the graph untouched;
 * each article is then one transaction, so a failure mid-way leaves each article whole or as it was.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const files = await articleFilesIn(CORPUS_DIR);
  if (files.length === 0) throw new Error(`No article files (.txt, .md) in ${CORPUS_DIR}`);

  const docs = [];
  for (const file of files) {
    try {
      docs.push(await readArticleFile(file));
    } catch (error) {
      fail(error, 1, path.relative(process.cwd(), file));
    }
  }

  await waitForDatabase({ attempts: 15, delayMs: 1000 });
  const statements = await applySchema();
  for (const doc of docs) {
    const result = await writeArticle(doc);
    console.log(`loaded ${result.slug}: ${result.claims} claims, ${result.works} works`);
  }
  const counts = await graphCounts();
  console.log(countsTable(counts));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Seeded ${docs.length} article(s) and ${statements} schema statements in ${seconds} s.`);
}

main()
  .catch((error) => fail(error))
  .finally(() => closeDriver());
