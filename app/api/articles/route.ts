import { NextResponse } from 'next/server';
import { ArticleParseError, type ArticleParseErrorCode, isArticleParseError } from '@/lib/ingest/errors';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { MAX_ARTICLE_BYTES, validateArticleText } from '@/lib/ingest/validate-input';
import { articleExists } from '@/lib/neo4j/articles';
import { writeArticle } from '@/lib/neo4j/write-article';
import { ParseBudgetError } from '@/lib/parse-pool/parse-pool';
import type { ParseInput } from '@/lib/parse-pool/messages';
import { parseArticleOffThread } from '@/lib/parse-pool/parse-off-thread';
import { articleListReader } from '@/lib/read-cache/readers';
import { articleListParamsSchema, ingestRequestSchema } from '@/lib/schemas/articles';
import { apiError, errorResponse, getHandler } from '../_lib/handler';
import { readJsonBody } from '../_lib/json-body';
import { writeRoute } from '../_lib/write-access';

export const dynamic = 'force-dynamic';

/** GET /api/articles?skip=&limit= : the articles in the graph, by slug. */
export const GET = getHandler(articleListParamsSchema, articleListReader.body, () => 'No articles');

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

/**
 * POST /api/articles {slug, text | file: {name, base64}, vocabulary?}: reads the article (any format
 * read, chosen by the file's name and bytes) and loads it in one transaction.
 * Anything unusable is refused with the problems listed before a single write happens.
 */
export const POST = writeRoute(async (request: Request): Promise<Response> => {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = ingestRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    return problem(
      400,
      'Invalid article',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  const { slug, text, file, vocabulary } = parsed.data;
  let doc: GraphDocument;
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
    // In a worker thread with a time budget: no upload can hold up the server's other requests.
    doc = await parseArticleOffThread(input, { slug, vocabulary });
  } catch (error) {
    if (error instanceof ParseBudgetError) {
      return problem(422, 'The article is too complex to read within the time limit', [
        { path: 'text', message: `Parsing it took longer than ${error.budgetMs} ms.` },
      ]);
    }
    if (isArticleParseError(error)) {
      const status = STATUS_OF[error.code] ?? 422;
      return problem(
        status,
        error.message.split(':')[0] ?? 'Unusable article',
        error.problems.map((message) => ({ path: file ? 'file' : 'text', message })),
      );
    }
    return errorResponse(error);
  }
  try {
    const replaced = await articleExists(slug);
    const result = await writeArticle(doc);
    return NextResponse.json(
      { slug, title: doc.article.title, claims: result.claims, works: result.works, replaced },
      { status: replaced ? 200 : 201 },
    );
  } catch (error) {
    return errorResponse(error);
  }
});
