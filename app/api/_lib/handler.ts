import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { ArticleTooLargeError } from '@/lib/neo4j/article-limits';
import { isDatabaseUnavailable } from '@/lib/neo4j/connect';
import type { Served } from '@/lib/read-cache/body-cache';
import { paramsObject } from '@/lib/schemas/api-params';
import type { ApiErrorBody } from '@/lib/schemas/details';
import { etagMatches } from './etag';

type Issue = { path: string; message: string };

/**
 * Answers of the read API may be kept by the browser but must be revalidated every time: the ETag
 * makes that revalidation a 304 without a body while the graph is unchanged (docs/decisions/009-read-cache.md).
 */
const REVALIDATE = 'private, no-cache';

/**
 * The one shape of every read route handler: parse the query string with the shared zod schema (400
 * listing the issues), ask a cached reader (lib/read-cache), 404 when it finds nothing, 503 when the
 * database cannot be reached or refuses us, 500 for anything else without internals.
 */
export function getHandler<S extends z.ZodType>(
  schema: S,
  read: (params: z.infer<S>) => Promise<Served | null>,
  notFound: (params: z.infer<S>) => string,
) {
  return async function handle(request: Request): Promise<Response> {
    const parsed = schema.safeParse(paramsObject(new URL(request.url).searchParams));
    if (!parsed.success) return badRequest(parsed.error);
    try {
      const served = await read(parsed.data);
      if (served === null) return notFoundResponse(notFound(parsed.data));
      return servedResponse(request, served);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * 200 with the serialised answer as it is (no second JSON.stringify), or 304 when the client already
 * holds it. `x-cache` says whether the read cache answered (hit), or a query ran (miss, coalesced).
 */
export function servedResponse(
  request: Request,
  served: Served,
  headers: Record<string, string> = {},
): Response {
  const common = { 'cache-control': REVALIDATE, etag: served.etag, 'x-cache': served.source };
  if (etagMatches(request.headers.get('if-none-match'), served.etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(served.body, {
    headers: { 'content-type': 'application/json', ...common, ...headers },
  });
}

/** 400 listing each zod issue, for parameters parsed outside getHandler (e.g. a path segment). */
export function badRequest(error: z.ZodError, message = 'Invalid query parameters'): Response {
  const issues: Issue[] = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return apiError(400, { error: message, issues });
}

export function notFoundResponse(message: string): Response {
  return apiError(404, { error: message });
}

export function errorResponse(error: unknown): Response {
  // The database is up: this article is more than it can load at once (lib/neo4j/article-limits.ts).
  if (error instanceof ArticleTooLargeError) return apiError(413, { error: error.message });
  if (isDatabaseUnavailable(error)) {
    console.error('[api] database unavailable:', (error as Error).message);
    return apiError(
      503,
      { error: 'The graph database is unavailable right now. Try again in a moment.' },
      { 'retry-after': '5' },
    );
  }
  console.error('[api] unexpected error:', error);
  return apiError(500, { error: 'Something went wrong on the server.' });
}

/** The one error body of every route, `{error, issues?}`, never cached. */
export function apiError(status: number, body: ApiErrorBody, headers: Record<string, string> = {}): Response {
  return NextResponse.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });
}
