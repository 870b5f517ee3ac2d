import { neighbourhoodReader } from '@/lib/read-cache/readers';
import { neighbourhoodParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/graph/neighbourhood?id=<node id>&skip=&limit=: one page of a node's neighbours. */
export const GET = getHandler(
  neighbourhoodParamsSchema,
  neighbourhoodReader.body,
  (p) => `No node with id "${p.id}"`,
);
