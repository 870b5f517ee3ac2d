import { NextResponse } from 'next/server';
import { readTx } from '@/lib/neo4j/queries/run-read';
import { worksForSources } from '@/lib/neo4j/queries/works-for-sources';
import { saveSourceChecks } from '@/lib/neo4j/source-checks';
import { workCheckReader } from '@/lib/read-cache/readers';
import { checkWork } from '@/lib/sources/check-work';
import { crossrefClientFromEnv } from '@/lib/sources/client-from-env';
import { CrossrefError } from '@/lib/sources/crossref-client';
import { badRequest, errorResponse, notFoundResponse, servedResponse } from '../../../_lib/handler';
import { type IdContext as Context, parsePathId as parseId } from '../../../_lib/path-id';
import { writeRoute } from '../../../_lib/write-access';

export const dynamic = 'force-dynamic';

const noStore = (status: number, error: string) =>
  NextResponse.json({ error }, { status, headers: { 'cache-control': 'no-store' } });

/**
 * GET: the work's stored Crossref check (null when never checked) and its source findings, with
 * the Retraction Watch data in the graph. A read: it never calls Crossref, so it is open and
 * cached like every read (docs/decisions/013-source-checks.md).
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const parsed = await parseId(context);
  if (!parsed.success) return badRequest(parsed.error, 'Invalid parameters');
  try {
    const served = await workCheckReader.body(parsed.data);
    return served ? servedResponse(request, served) : notFoundResponse(`No work with id "${parsed.data.id}"`);
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * POST: checks the work at Crossref now, stores the result, and answers as GET does. A write that
 * reaches the network: it belongs with the routes that need the owner's write token.
 */
export const POST = writeRoute(
  async (_request: Request, context: Context): Promise<Response> => {
    const parsed = await parseId(context);
    if (!parsed.success) return badRequest(parsed.error, 'Invalid parameters');
    const { id } = parsed.data;
    try {
      const [found] = await readTx((tx) => worksForSources(tx, [id]));
      if (!found) return notFoundResponse(`No work with id "${id}"`);
      const check = await checkWork(crossrefClientFromEnv(), found.work);
      if (!check) return noStore(422, 'This work has neither a DOI nor a title to look up.');
      await saveSourceChecks([check]);
      const served = await workCheckReader.body({ id });
      return served
        ? NextResponse.json(JSON.parse(served.body), { headers: { 'cache-control': 'no-store' } })
        : notFoundResponse(`No work with id "${id}"`);
    } catch (error) {
      if (error instanceof CrossrefError)
        return noStore(502, `Crossref could not be asked: ${error.message}`);
      return errorResponse(error);
    }
  },
  { body: false },
);
