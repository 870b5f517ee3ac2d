import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { isDatabaseUnavailable } from '@/lib/neo4j/connect';
import { paramsObject } from '@/lib/schemas/api-params';
import type { ApiErrorBody } from '@/lib/schemas/details';

type Issue = { path: string; message: string };

/**
 * The one shape of every route handler: parse the query string with the shared zod
 * schema (400 listing the issues), run a named read query, 404 when it finds nothing, 503 when the
 * database cannot be reached or refuses us, 500 for anything else without internals.
 */
export function getHandler<S extends z.ZodType, T>(
  schema: S,
  run: (params: z.infer<S>) => Promise<T | null>,
  notFound: (params: z.infer<S>) => string,
) {
  return async function handle(request: Request): Promise<Response> {
    const parsed = schema.safeParse(paramsObject(new URL(request.url).searchParams));
    if (!parsed.success) return badRequest(parsed.error);
    try {
      const result = await run(parsed.data);
      if (result === null) return notFoundResponse(notFound(parsed.data));
      return NextResponse.json(result, { headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** 400 listing each zod issue, for parameters parsed outside getHandler (e.g. a path segment). */
export function badRequest(error: z.ZodError, message = 'Invalid query parameters'): Response {
  const issues: Issue[] = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return json(400, { error: message, issues });
}

export function notFoundResponse(message: string): Response {
  return json(404, { error: message });
}

export function errorResponse(error: unknown): Response {
  if (isDatabaseUnavailable(error)) {
    console.error('[api] database unavailable:', (error as Error).message);
    return json(
      503,
      { error: 'The graph database is unavailable right now. Try again in a moment.' },
      { 'retry-after': '5' },
    );
  }
  console.error('[api] unexpected error:', error);
  return json(500, { error: 'Something went wrong on the server.' });
}

function json(status: number, body: ApiErrorBody, headers: Record<string, string> = {}): Response {
  return NextResponse.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });
}
