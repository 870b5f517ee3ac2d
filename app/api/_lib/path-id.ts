import { decodePathSegment } from '@/lib/http/decode-path-segment';
import { idParamsSchema } from '@/lib/schemas/api-params';

/** The context Next passes a route under a `[id]` folder. */
export type IdContext = { params: Promise<{ id: string }> };

/** The id from the path (`/api/…/${encodeURIComponent(id)}`, as the client builds it), validated. */
export async function parsePathId(context: IdContext) {
  return idParamsSchema.safeParse({ id: decodePathSegment((await context.params).id) });
}
