import { articleGraphReader } from '@/lib/read-cache/readers';
import { graphParamsSchema } from '@/lib/schemas/api-params';
import { getHandler } from '../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/graph?article=<slug>&limit=<n>: one article's graph (the first by slug by default). */
export const GET = getHandler(
  graphParamsSchema,
  (p) => articleGraphReader.body({ slug: p.article, limit: p.limit }),
  (p) => (p.article ? `No article with slug "${p.article}"` : 'The graph holds no article yet'),
);
