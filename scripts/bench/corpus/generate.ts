import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type GeneratedArticle, generateArticle } from './article';
import { buildPool } from './pool';
import { vocabularyFor } from './vocabulary';

export const CORPUS_SIZES = { small: 10, medium: 100, large: 1000 } as const;
export type CorpusSize = keyof typeof CORPUS_SIZES;

export interface CorpusEntry {
  slug: string;
  title: string;
  textFile: string;
  vocabularyFile: string;
  claims: number;
}
export interface CorpusManifest {
  seed: number;
  articles: number;
  poolWorks: number;
  entries: CorpusEntry[];
}

export const DEFAULT_SEED = 20261130;
export const CLAIMS_PER_ARTICLE = 60;

/** The pool grows with the corpus so that reuse across articles stays at a similar level. */
export function poolSize(articles: number): number {
  return Math.max(300, articles * 8);
}

async function writeArticleFiles(dir: string, article: GeneratedArticle): Promise<CorpusEntry> {
  const textFile = `${article.slug}.txt`;
  const vocabularyFile = `${article.slug}.concepts.json`;
  await writeFile(path.join(dir, textFile), article.text);
  await writeFile(path.join(dir, vocabularyFile), `${JSON.stringify(vocabularyFor(article), null, 1)}\n`);
  return { slug: article.slug, title: article.title, textFile, vocabularyFile, claims: article.claims };
}

/**
 * Writes `articles` article texts and their vocabularies into `dir`, plus manifest.json. The same
 * seed gives the same bytes; a folder already holding that manifest is reused as is.
 */
export async function generateCorpus(
  dir: string,
  articles: number,
  seed = DEFAULT_SEED,
): Promise<CorpusManifest> {
  const manifestFile = path.join(dir, 'manifest.json');
  const existing = await readFile(manifestFile, 'utf8').then(
    (t) => JSON.parse(t) as CorpusManifest,
    () => null,
  );
  if (existing && existing.seed === seed && existing.articles === articles) return existing;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const pool = buildPool(poolSize(articles), seed);
  const entries: CorpusEntry[] = [];
  for (let i = 0; i < articles; i++) {
    const claims = CLAIMS_PER_ARTICLE + ((i * 7) % 13) - 6; // 54..66, deterministic spread
    entries.push(await writeArticleFiles(dir, generateArticle(pool, seed, i, claims)));
  }
  const manifest: CorpusManifest = { seed, articles, poolWorks: pool.works.length, entries };
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

/** One article of a chosen claim count (for drawing graphs of a given element count). */
export async function generateSized(
  dir: string,
  index: number,
  claims: number,
  seed = DEFAULT_SEED,
): Promise<CorpusEntry> {
  await mkdir(dir, { recursive: true });
  const pool = buildPool(poolSize(1000), seed);
  const article = generateArticle(pool, seed, index, claims);
  return writeArticleFiles(dir, {
    ...article,
    slug: `draw-${claims}`,
    title: `Drawing benchmark, ${claims} claims`,
  });
}
