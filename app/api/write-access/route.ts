import { NextResponse } from 'next/server';
import { mayWrite } from '../_lib/write-access';

export const dynamic = 'force-dynamic';

/**
 * GET /api/write-access: `{write: true}` when this browser is signed in to write (the session cookie
 * of the one-time link) or the request carries the write token. Pages use it only to show or hide
 * Add and Remove; every write route checks again.
 */
export function GET(request: Request): Response {
  return NextResponse.json(
    { write: mayWrite(request) },
    { headers: { 'cache-control': 'private, no-store' } },
  );
}
