import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import { closeDriver } from '@/lib/neo4j/driver';
import { deleteArticle, writeArticle } from '@/lib/neo4j/write-article';
import { generateSized } from '@/scripts/bench/corpus/generate';

/*
 * tsx --conditions=react-server tests/e2e/support/large-article.ts load|remove <slug> [claims]
 *
 * Puts a large generated article (the benchmark's generator, the loader's own code) into the
 * database NEO4J_URI names, or takes it out again, so a browser test can open a graph too large
 * for the seed article to stand in for.
 */
async function main(): Promise<void> {
  const [command, slug, claims = '260'] = process.argv.slice(2);
  if (!slug || (command !== 'load' && command !== 'remove')) {
    throw new Error('usage: large-article.ts load|remove <slug> [claims]');
  }
  if (command === 'remove') {
    await deleteArticle(slug);
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-large-'));
  try {
    const entry = await generateSized(dir, 800_000, Number(claims));
    await writeArticle(await readArticleFile(path.join(dir, entry.textFile), { slug }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
