import { libraryReader } from '@/lib/read-cache/readers';
import { z } from '@/lib/schemas/zod';
import { getHandler } from '../_lib/handler';

export const dynamic = 'force-dynamic';

/** GET /api/library: every article with its format, style, audit figures and load time. */
export const GET = getHandler(
  z.object({}),
  () => libraryReader.body({}),
  () => 'No library',
);
