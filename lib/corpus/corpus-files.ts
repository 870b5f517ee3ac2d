import { readdir } from 'node:fs/promises';
import path from 'node:path';

export const CORPUS_DIR = path.join(process.cwd(), 'graph', 'corpus');

/** Article files of a folder (.txt, .md), sorted so every load goes in the same order. */
export async function articleFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((n) => /\.(txt|md|markdown)$/i.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}
