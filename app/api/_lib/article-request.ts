import 'server-only';
import { ArticleParseError, type ArticleParseErrorCode, isArticleParseError } from '@/lib/ingest/errors';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { MAX_ARTICLE_BYTES, validateArticleText } from '@/lib/ingest/validate-input';
import { ParseBudgetError } from '@/lib/parse-pool/parse-pool';
import type { ParseInput } from '@/lib/parse-pool/messages';
import { parseArticleOffThread } from '@/lib/parse-pool/parse-off-thread';
import { ingestRequestSchema } from '@/lib/schemas/articles';
import { apiError, errorResponse } from './handler';
import { readJsonBody } from './json-body';

/** Refusals that are not "this article makes no sense": too large, a format not read, a broken file. */
const STATUS_OF: Partial<Record<ArticleParseErrorCode, number>> = {
  too_large: 413,
  unsupported_format: 415,
  malformed: 400,
};

const tooLarge = (bytes: number) =>
  new ArticleParseError('too_large', [
    `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${(MAX_ARTICLE_BYTES / 1024 / 1024).toFixed(1)} MB.`,
  ]);

const problem = (status: number, error: string, issues: { path: string; message: string }[] = []) =>
  apiError(status, { error, issues });

export type ArticleRequest =
  | { ok: true; slug: string; doc: GraphDocument }
  | { ok: false; response: Response };

/**
 * The body of POST /api/articles and of its preview, `{slug, text | file: {name, base64},
 * vocabulary?}`, read into the graph document by the reader its name and bytes pick, in a worker
 * thread with a time budget, so no upload holds up the server's other requests. Anything unusable
 * becomes the answer to send, with its problems listed; both routes then apply the same rules.
 */
export async function readArticleRequest(request: Request): Promise<ArticleRequest> {
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const parsed = ingestRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    return {
      ok: false,
      response: problem(
        400,
        'Invalid article',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      ),
    };
  }
  const { slug, text, file, vocabulary } = parsed.data;
  try {
    let input: ParseInput;
    if (file) {
      const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
      if (bytes.byteLength > MAX_ARTICLE_BYTES) throw tooLarge(bytes.byteLength);
      input = { bytes, name: file.name };
    } else {
      validateArticleText(text ?? '');
      input = { text: text ?? '' };
    }
    return { ok: true, slug, doc: await parseArticleOffThread(input, { slug, vocabulary }) };
  } catch (error) {
    if (error instanceof ParseBudgetError) {
      return {
        ok: false,
        response: problem(422, 'The article is too complex to read within the time limit', [
          { path: 'text', message: `Parsing it took longer than ${error.budgetMs} ms.` },
        ]),
      };
    }
    if (isArticleParseError(error)) {
      const status = STATUS_OF[error.code] ?? 422;
      return {
        ok: false,
        response: problem(
          status,
          error.message.split(':')[0] ?? 'Unusable article',
          error.problems.map((message) => ({ path: file ? 'file' : 'text', message })),
        ),
      };
    }
    return { ok: false, response: errorResponse(error) };
  }
}
