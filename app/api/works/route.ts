import { workDetailReader } from '@/lib/read-cache/readers';
import { scopedIdParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/works?id=<id>&article=<slug>: the work, its reference and the claims citing it. */
export const GET = getHandler(
  scopedIdParamsSchema,
  workDetailReader.body,
  (p) => `No work with id "${p.id}"`,
);
