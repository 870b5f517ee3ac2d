import { claimTraceReader } from '@/lib/read-cache/readers';
import { idParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/claims?id=<id>: the claim, its paragraph, evidence status and cited works in APA. */
export const GET = getHandler(idParamsSchema, claimTraceReader.body, (p) => `No claim with id "${p.id}"`);
