import { extname } from 'node:path';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { UsageError } from '../cli/usage-error';

const EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

/**
 * Reads an article the way `npm run ingest` does (same slug, same vocabulary file beside it, same
 * validation), so the CLI's report equals the API's for the same file once it is loaded. Unusable
 * input throws ArticleParseError or UsageError: both mean exit status 2.
 */
export async function readArticle(path: string): Promise<GraphDocument> {
  if (!EXTENSIONS.has(extname(path).toLowerCase())) {
    throw new UsageError(`${path}: expected a .txt or .md file`);
  }
  return readArticleFile(path);
}
