import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ArticleParseError } from '@/lib/ingest/errors';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { parseArticleBytes } from '@/lib/ingest/parse-article';
import { SUPPORTED_FORMATS_TEXT } from '@/lib/ingest/readers/detect-format';
import { MAX_ARTICLE_BYTES } from '@/lib/ingest/validate-input';
import { parseVocabulary, VocabularyError } from '@/lib/ingest/vocabulary';
import { SLUG_PATTERN, slugFromFileName } from './slug';

/** The file beside an article that holds its concept vocabulary, if it has one. */
export function vocabularyPathFor(articlePath: string): string {
  return `${articlePath.replace(/\.[a-z0-9]{1,10}$/i, '')}.concepts.json`;
}

/**
 * Reads an article file (and its vocabulary beside it) into a graph document. Every way a file can
 * be unusable ends in an ArticleParseError that names the file, so callers print one clear message.
 */
export async function readArticleFile(file: string, options: { slug?: string } = {}): Promise<GraphDocument> {
  const slug = options.slug ?? slugFromFileName(path.basename(file));
  if (!SLUG_PATTERN.test(slug)) {
    throw new ArticleParseError('invalid_options', [
      `"${slug}" is not a usable slug: use lower-case letters, digits and single hyphens.`,
    ]);
  }
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    const why = info.code === 'ENOENT' ? 'does not exist' : `cannot be read (${info.code ?? info.message})`;
    throw new ArticleParseError('unreadable', [`${file} ${why}.`]);
  }
  if (!info.isFile()) {
    const what = info.isDirectory() ? 'a folder' : 'not a regular file';
    throw new ArticleParseError('unreadable', [`${file} is ${what}; give an article file (${SUPPORTED_FORMATS_TEXT}).`]);
  }
  // Refuse a huge file before reading it into memory.
  if (info.size > MAX_ARTICLE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new ArticleParseError('too_large', [
      `${file} is ${mb(info.size)}; the limit is ${mb(MAX_ARTICLE_BYTES)}.`,
    ]);
  }

  const bytes = await readFile(file);
  const vocabulary = await readVocabulary(vocabularyPathFor(file));
  return parseArticleBytes(bytes, { slug, vocabulary, name: path.basename(file) });
}

async function readVocabulary(file: string) {
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch {
    return undefined; // no vocabulary: the article loads without concepts
  }
  try {
    return parseVocabulary(json);
  } catch (error) {
    if (error instanceof VocabularyError)
      throw new VocabularyError(error.problems.map((p) => `${file}: ${p}`));
    throw error;
  }
}
