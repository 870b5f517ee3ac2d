import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { isDatabaseUnavailable } from '@/lib/neo4j/connect';

/*
 * The audit routes' error shapes, as every route handler here answers: 400 with the problems
 * listed, 404 for an unknown article, 503 when the database is unavailable (told by the driver's
 * typed errors, never by message text), 500 without internals.
 */

export function badRequest(error: z.ZodError): NextResponse {
  return NextResponse.json(
    {
      error: 'bad_request',
      message: 'The request has invalid parameters.',
      issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    },
    { status: 400 },
  );
}

export function notFound(message: string): NextResponse {
  return NextResponse.json({ error: 'not_found', message }, { status: 404 });
}

export function failure(error: unknown, where: string): NextResponse {
  if (isDatabaseUnavailable(error)) {
    return NextResponse.json(
      {
        error: 'database_unavailable',
        message: 'The database is not available right now. Try again in a moment.',
      },
      { status: 503, headers: { 'Retry-After': '5' } },
    );
  }
  console.error(`${where} failed`, error);
  return NextResponse.json(
    { error: 'internal', message: 'Something went wrong on the server.' },
    { status: 500 },
  );
}
