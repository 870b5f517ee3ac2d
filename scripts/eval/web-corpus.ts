import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import type { EvalFormat } from './render/rendering';
import type { CitingText } from './score/score-links';

/**
 * A real-world-shaped article that is not JATS, with a truth written by reading it: every
 * paragraph (list item, table row) in order with the reference numbers it cites.
 */
export interface WebCase {
  file: string;
  format: EvalFormat;
  name: string;
  bytes: Uint8Array;
  references: number;
  paragraphs: CitingText[];
}

interface TruthFile {
  file: string;
  format: EvalFormat;
  references: number;
  paragraphs: CitingText[];
}

export async function loadWebCorpus(dir: string): Promise<WebCase[]> {
  const truths = (await glob('*.truth.json', { cwd: dir })).sort();
  return Promise.all(
    truths.map(async (t) => {
      const truth = JSON.parse(await readFile(join(dir, t), 'utf8')) as TruthFile;
      const bytes = new Uint8Array(await readFile(join(dir, truth.file)));
      return { ...truth, name: truth.file, bytes };
    }),
  );
}
