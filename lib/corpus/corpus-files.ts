import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isArticleFileName } from '@/lib/ingest/readers/detect-format';

export const CORPUS_DIR = path.join(process.cwd(), 'graph', 'corpus');

/** Article files of a folder (any format read), sorted so every load goes in the same order. */
export async function articleFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter(isArticleFileName)
    .sort()
    .map((n) => path.join(dir, n));
}
