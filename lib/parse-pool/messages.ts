import type { ArticleParseErrorCode } from '@/lib/ingest/errors';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import type { ParseArticleOptions } from '@/lib/ingest/parse-article';

/** What the pool sends its parse worker, and what comes back (structured clones of plain data). */
/** Text as typed or pasted, or a file's bytes with its name (which picks the reader). */
export type ParseInput = { text: string } | { bytes: Uint8Array; name: string };

export interface ParseRequest {
  id: number;
  input: ParseInput;
  options: ParseArticleOptions;
}

export type ParseReply =
  | { id: number; ok: true; doc: GraphDocument }
  | { id: number; ok: false; code: ArticleParseErrorCode; problems: string[] }
  | { id: number; ok: false; code?: undefined; message: string };
