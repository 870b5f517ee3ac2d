import { authorDetailReader } from '@/lib/read-cache/readers';
import { scopedIdParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/authors?id=<id>&article=<slug>: the author's works and the claims citing them. */
export const GET = getHandler(
  scopedIdParamsSchema,
  authorDetailReader.body,
  (p) => `No author with id "${p.id}"`,
);
