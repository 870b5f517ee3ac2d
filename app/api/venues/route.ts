import { getVenueDetail } from '@/lib/neo4j/queries/venue-detail';
import { scopedIdParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/venues?id=<id>&article=<slug>: the works published in the venue. */
export const GET = getHandler(scopedIdParamsSchema, getVenueDetail, (p) => `No venue with id "${p.id}"`);
