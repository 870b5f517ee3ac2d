import { workPageReader } from '@/lib/read-cache/readers';
import { badRequest, errorResponse, notFoundResponse, servedResponse } from '../../_lib/handler';
import { type IdContext, parsePathId } from '../../_lib/path-id';

export const dynamic = 'force-dynamic';

/** GET /api/works/<id>: the work across every article, its fields and its exports. */
export async function GET(request: Request, context: IdContext): Promise<Response> {
  const parsed = await parsePathId(context);
  if (!parsed.success) return badRequest(parsed.error, 'Invalid parameters');
  try {
    const served = await workPageReader.body(parsed.data);
    return served ? servedResponse(request, served) : notFoundResponse(`No work with id "${parsed.data.id}"`);
  } catch (error) {
    return errorResponse(error);
  }
}
