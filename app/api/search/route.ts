import { searchGraph } from '@/lib/neo4j/queries/search';
import { searchParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/search?q=<text>&article=<slug>: claims, works and authors from the full-text index. */
export const GET = getHandler(searchParamsSchema, searchGraph, () => 'No results');
