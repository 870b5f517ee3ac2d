import { getNeighbourhood } from '@/lib/neo4j/queries/neighbourhood';
import { neighbourhoodParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/graph/neighbourhood?id=<node id>&skip=&limit=: one page of a node's neighbours. */
export const GET = getHandler(neighbourhoodParamsSchema, getNeighbourhood, (p) => `No node with id "${p.id}"`);
