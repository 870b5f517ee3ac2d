import { getWorkDetail } from '@/lib/neo4j/queries/work-detail';
import { scopedIdParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/works?id=<id>&article=<slug>: the work, its reference and the claims citing it. */
export const GET = getHandler(scopedIdParamsSchema, getWorkDetail, (p) => `No work with id "${p.id}"`);
