import { conceptDetailReader } from '@/lib/read-cache/readers';
import { scopedIdParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/concepts?id=<id>&article=<slug>: the claims mentioning the concept and works about it. */
export const GET = getHandler(
  scopedIdParamsSchema,
  conceptDetailReader.body,
  (p) => `No concept with id "${p.id}"`,
);
