import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphDocument } from '../graph-document';
import { parseArticle } from '../parse-article';
import { parseVocabulary } from '../vocabulary';

export const SEED_SLUG = 'emotionally-unavailable-men';

function corpusFile(name: string): string {
  return fileURLToPath(new URL(`../../../graph/corpus/${name}`, import.meta.url));
}

export function readSeed(): string {
  return readFileSync(corpusFile(`${SEED_SLUG}.txt`), 'utf8');
}

export function readSeedVocabulary(): unknown {
  return JSON.parse(readFileSync(corpusFile(`${SEED_SLUG}.concepts.json`), 'utf8'));
}

/** The seed article parsed with its vocabulary, as the seed script loads it. */
export function parseSeed(): GraphDocument {
  return parseArticle(readSeed(), { slug: SEED_SLUG, vocabulary: parseVocabulary(readSeedVocabulary()) });
}

export function claimContaining(doc: GraphDocument, fragment: string) {
  const found = doc.claims.filter((c) => c.text.includes(fragment));
  if (found.length !== 1)
    throw new Error(`expected one claim containing "${fragment}", found ${found.length}`);
  return found[0] as (typeof found)[number];
}
