import type { ConceptVocabulary } from '@/lib/schemas/concept-vocabulary';
import { buildGraphDocument } from './build-graph-document';
import type { GraphDocument } from './graph-document';
import { readPlainText } from './readers/plain-text';
import { readSource } from './readers/read-source';
import { validateArticleText } from './validate-input';

export interface ParseArticleOptions {
  /** Kebab-case id of the article; prefixes its section, claim and unlisted-work ids. */
  slug: string;
  title?: string;
  vocabulary?: ConceptVocabulary;
}

/**
 * An article file's bytes in, graph document out, in any format a reader exists for: the one
 * entry of the CLI, the API and the audit (the reader is chosen by `name` and the bytes). Pure:
 * the caller reads the file. Throws ArticleParseError for what cannot be an article with
 * citations: an unsupported format, a broken file, empty or binary text, callouts without a
 * reference list, a list without callouts.
 */
export async function parseArticleBytes(
  bytes: Uint8Array,
  options: ParseArticleOptions & { name?: string },
): Promise<GraphDocument> {
  const { name, ...rest } = options;
  return buildGraphDocument(await readSource(bytes, name), rest);
}

/** Plain text or Markdown already decoded: the same as parseArticleBytes for a .txt file. */
export function parseArticle(text: string, options: ParseArticleOptions): GraphDocument {
  validateArticleText(text);
  return buildGraphDocument(readPlainText(text), options);
}
