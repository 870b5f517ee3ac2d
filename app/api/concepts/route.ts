import { getConceptDetail } from '@/lib/neo4j/queries/concept-detail';
import { scopedIdParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/concepts?id=<id>&article=<slug>: the claims mentioning the concept and works about it. */
export const GET = getHandler(scopedIdParamsSchema, getConceptDetail, (p) => `No concept with id "${p.id}"`);
