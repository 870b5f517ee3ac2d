import { readArticleFile } from '@/lib/corpus/read-article-file';
import { closeDriver } from '@/lib/neo4j/driver';
import { clearRetractions, replaceRetractions } from '@/lib/neo4j/retractions';
import { deleteArticle, writeArticle } from '@/lib/neo4j/write-article';
import { readRetractionFile } from '@/lib/sources/read-retraction-file';

/*
 * tsx --conditions=react-server tests/e2e/support/cited-sources.ts load|remove <slug>
 *
 * Puts an article whose cited works have notices into the database NEO4J_URI names, with the small
 * Retraction Watch CSV beside it (the loader's and `npm run sources:retractions`'s own code), or
 * takes both out again. No network: the retraction data alone marks [2] retracted.
 */
const ARTICLE = 'tests/fixtures/sources/cited-sources.valid.md';
const CSV = 'tests/fixtures/sources/retraction-watch.valid.csv';

async function main(): Promise<void> {
  const [command, slug] = process.argv.slice(2);
  if (!slug || (command !== 'load' && command !== 'remove')) {
    throw new Error('usage: cited-sources.ts load|remove <slug>');
  }
  if (command === 'remove') {
    await deleteArticle(slug);
    await clearRetractions();
    return;
  }
  await writeArticle(await readArticleFile(ARTICLE, { slug }));
  const parsed = await readRetractionFile(CSV);
  await replaceRetractions({ file: CSV, rows: parsed.rows, records: parsed.records });
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
