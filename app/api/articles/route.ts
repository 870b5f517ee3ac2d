import { NextResponse } from 'next/server';
import { articleExists } from '@/lib/neo4j/articles';
import { writeArticle } from '@/lib/neo4j/write-article';
import { articleListReader } from '@/lib/read-cache/readers';
import { articleListParamsSchema } from '@/lib/schemas/articles';
import { readArticleRequest } from '../_lib/article-request';
import { errorResponse, getHandler } from '../_lib/handler';
import { writeRoute } from '../_lib/write-access';

export const dynamic = 'force-dynamic';

/** GET /api/articles?skip=&limit= : the articles in the graph, by slug. */
export const GET = getHandler(articleListParamsSchema, articleListReader.body, () => 'No articles');

/**
 * POST /api/articles {slug, text | file: {name, base64}, vocabulary?}: reads the article (any format
 * read, chosen by the file's name and bytes) and loads it in one transaction.
 * Anything unusable is refused with the problems listed before a single write happens.
 */
export const POST = writeRoute(async (request: Request): Promise<Response> => {
  const read = await readArticleRequest(request);
  if (!read.ok) return read.response;
  const { slug, doc } = read;
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
