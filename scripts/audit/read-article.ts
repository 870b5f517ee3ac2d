import { readArticleFile } from '@/lib/corpus/read-article-file';
import type { GraphDocument } from '@/lib/ingest/graph-document';

/**
 * Reads an article the way `npm run ingest` does (same slug, same vocabulary file beside it, same
 * validation), so the CLI's report equals the API's for the same file once it is loaded. Unusable
 * input, a format no reader exists for included, throws ArticleParseError: exit status 2.
 */
export async function readArticle(path: string): Promise<GraphDocument> {
  return readArticleFile(path);
}
