import { type OneTimeToken, oneTimeToken } from '@/lib/auth/one-time-token';
import { newSessionCookieValue, sessionSetCookie } from '@/lib/auth/session-cookie';
import { env } from '@/lib/env';
import { isHttpsRequest } from '@/lib/http/request-origin';

export const dynamic = 'force-dynamic';

/*
 * GET /session?token=<one-time token>: the link `npm start` prints. `npm start` makes the token and
 * hands it to the server in CLAIMTRACE_SESSION_LINK_TOKEN; the server accepts it once (per process,
 * hence globalThis: the route module may be evaluated again in development) and answers with the
 * session cookie, signed with the write token, and a redirect to the explorer. Anyone who later
 * finds the link in a terminal's scrollback or a browser's history gets nothing from it.
 */
const globalForLink = globalThis as unknown as { claimtraceSessionLink?: OneTimeToken };

export async function GET(request: Request): Promise<Response> {
  const e = env();
  globalForLink.claimtraceSessionLink ??= oneTimeToken(e.CLAIMTRACE_SESSION_LINK_TOKEN);
  const url = new URL(request.url);
  const given = url.searchParams.get('token') ?? '';
  if (!e.CLAIMTRACE_WRITE_TOKEN || !globalForLink.claimtraceSessionLink.redeem(given)) {
    return new Response(
      'This sign-in link is not valid: each link works once, for the server that printed it. ' +
        'Restart `npm start` for a new one, or write with the token in .env.local (Authorization: Bearer).\n',
      { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } },
    );
  }
  const cookie = sessionSetCookie(newSessionCookieValue(e.CLAIMTRACE_WRITE_TOKEN), isHttpsRequest(request));
  // A relative Location: request.url names the address the server listens on, which may not be the
  // host the browser used (127.0.0.1 against localhost), and the cookie belongs to the latter.
  return new Response(null, {
    status: 303,
    headers: { location: '/', 'set-cookie': cookie, 'cache-control': 'no-store' },
  });
}

/**
 * Without this, a HEAD (a link checker, a chat app's preview) would run GET and spend the one-time
 * token before the person clicks it.
 */
export function HEAD(): Response {
  return new Response(null, { status: 405, headers: { allow: 'GET', 'cache-control': 'no-store' } });
}
