import 'server-only';
import { env } from '@/lib/env';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import type { ParseArticleOptions } from '@/lib/ingest/parse-article';
import type { ParseInput } from './messages';
import { ParsePool } from './parse-pool';

// One pool per server process, kept on globalThis so dev hot reloads do not start a worker each.
const globalForPool = globalThis as { claimtraceParsePool?: ParsePool };

/**
 * parseArticle for the web server: the same document or ArticleParseError, computed in a worker
 * thread within CLAIMTRACE_PARSE_BUDGET_MS, or ParseBudgetError.
 */
export function parseArticleOffThread(
  input: ParseInput,
  options: ParseArticleOptions,
): Promise<GraphDocument> {
  globalForPool.claimtraceParsePool ??= new ParsePool(env().CLAIMTRACE_PARSE_BUDGET_MS);
  return globalForPool.claimtraceParsePool.parse(input, options);
}
