import { searchReader } from '@/lib/read-cache/readers';
import { searchParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/search?q=<text>&article=<slug>: claims, works and authors from the full-text index. */
export const GET = getHandler(searchParamsSchema, searchReader.body, () => 'No results');
