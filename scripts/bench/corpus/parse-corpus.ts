import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { parseArticle } from '@/lib/ingest/parse-article';
import { conceptVocabularySchema } from '@/lib/schemas/concept-vocabulary';
import type { CorpusEntry } from './generate';

export interface ParsedCorpus {
  docs: GraphDocument[];
  /** Time spent in parseArticle alone (files already read), in ms. */
  parseMs: number;
  /** Time spent reading files and validating vocabularies, in ms. */
  readMs: number;
}

/** Reads and parses every article of a corpus, timing the parser apart from the file reads. */
export async function parseCorpus(dir: string, entries: readonly CorpusEntry[]): Promise<ParsedCorpus> {
  const docs: GraphDocument[] = [];
  let parseMs = 0;
  let readMs = 0;
  for (const entry of entries) {
    const r0 = performance.now();
    const [text, vocabText] = await Promise.all([
      readFile(path.join(dir, entry.textFile), 'utf8'),
      readFile(path.join(dir, entry.vocabularyFile), 'utf8'),
    ]);
    const vocabulary = conceptVocabularySchema.parse(JSON.parse(vocabText));
    const p0 = performance.now();
    readMs += p0 - r0;
    docs.push(parseArticle(text, { slug: entry.slug, vocabulary }));
    parseMs += performance.now() - p0;
  }
  return { docs, parseMs, readMs };
}
