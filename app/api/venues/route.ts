import { venueDetailReader } from '@/lib/read-cache/readers';
import { scopedIdParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/venues?id=<id>&article=<slug>: the works published in the venue. */
export const GET = getHandler(
  scopedIdParamsSchema,
  venueDetailReader.body,
  (p) => `No venue with id "${p.id}"`,
);
