import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { glob } from 'tinyglobby';
import { jatsTruth } from './truth/jats-truth';
import type { TruthArticle } from './truth/truth-article';

export const JATS_DIR = 'eval/corpus/jats';
export const WEB_DIR = 'eval/corpus/web';
/** Real pages the readers were never tuned on: scored apart, so fixes made on the web group cannot inflate them. */
export const HOLDOUT_DIR = 'eval/corpus/web-holdout';

/** The JATS corpus as truth articles, in a stable order (folder, then file name). */
export async function loadJatsCorpus(
  dir = JATS_DIR,
  limit = Number.POSITIVE_INFINITY,
): Promise<TruthArticle[]> {
  const files = (await glob(['**/*.xml', '**/*.nxml'], { cwd: dir, absolute: true })).sort();
  // --limit takes the first N of each folder, so both styles stay in a short run.
  const perFolder = new Map<string, number>();
  const chosen = files.filter((f) => {
    const n = perFolder.get(dirname(f)) ?? 0;
    perFolder.set(dirname(f), n + 1);
    return n < limit;
  });
  return Promise.all(
    chosen.map(async (f) => jatsTruth(await readFile(f, 'utf8'), basename(f).replace(/\.n?xml$/, ''))),
  );
}
