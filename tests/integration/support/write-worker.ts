import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArticle } from '@/lib/ingest/parse-article';
import { closeDriver, getDriver } from '@/lib/neo4j/driver';
import { writeArticle } from '@/lib/neo4j/write-article';

/*
 * tsx --conditions=react-server tests/integration/support/write-worker.ts <file> <slug>
 *
 * A process of its own with a driver of its own, as a second `npm run ingest` is. It connects, says
 * "ready", then writes the article each time it reads a line on stdin and answers "ok" or
 * "error: <reason>", so a test can start the writes of two processes at the same moment.
 */
async function main(): Promise<void> {
  const [file, slug] = process.argv.slice(2);
  if (!file || !slug) throw new Error('usage: write-worker.ts <file> <slug>');
  const doc = parseArticle(readFileSync(file, 'utf8'), { slug });
  await getDriver().verifyConnectivity();
  console.log('ready');
  for await (const _line of createInterface({ input: process.stdin })) {
    try {
      await writeArticle(doc);
      console.log('ok');
    } catch (error) {
      console.log(`error: ${error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error)}`);
    }
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
