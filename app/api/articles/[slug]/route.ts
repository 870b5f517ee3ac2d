import { z } from 'zod';
import { deleteArticle } from '@/lib/neo4j/write-article';
import { slugSchema } from '@/lib/schemas/api-params';
import { badRequest, errorResponse, notFoundResponse } from '../../_lib/handler';
import { writeRoute } from '../../_lib/write-access';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ slug: slugSchema });

/**
 * DELETE /api/articles/<slug>: removes the article and whatever only it used, in one transaction
 * that counts the graph revision up, so the read cache stops serving it. 204 when it was there.
 */
export const DELETE = writeRoute(
  async (_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> => {
    const parsed = paramsSchema.safeParse(await context.params);
    if (!parsed.success) return badRequest(parsed.error, 'Invalid article slug');
    const { slug } = parsed.data;
    try {
      if (!(await deleteArticle(slug))) return notFoundResponse(`No article has the slug "${slug}".`);
      return new Response(null, { status: 204 });
    } catch (error) {
      return errorResponse(error);
    }
  },
  { body: false },
);
