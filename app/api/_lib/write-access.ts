import { requestOrigin } from '@/lib/http/request-origin';
import 'server-only';
import { secretEquals } from '@/lib/auth/secret-equals';
import { SESSION_COOKIE, verifySessionCookieValue } from '@/lib/auth/session-cookie';
import { env } from '@/lib/env';
import { apiError } from './handler';
import { writeWaitSeconds } from './write-rate-limit';

/*
 * Who may write. Reads are open; every write route is wrapped in `writeRoute`, which lets a request
 * through only with `Authorization: Bearer <CLAIMTRACE_WRITE_TOKEN>` or the session cookie that the
 * one-time link sets (app/session/route.ts). A cookie is sent by the browser on its own, so a
 * cookie-authenticated write must also come from our own origin: that is what stops another site's
 * page from writing through the visitor's browser. Then the client's write budget is counted.
 */

const HOW_TO =
  'Send `Authorization: Bearer <CLAIMTRACE_WRITE_TOKEN>` (the token is in .env.local), or open the ' +
  'one-time link that `npm start` prints to sign this browser in.';

const refuse = (status: number, error: string, headers: Record<string, string> = {}): Response =>
  apiError(status, { error }, headers);

type Credential = { client: string; via: 'bearer' | 'cookie' } | { refused: Response };

function credential(request: Request): Credential {
  const token = env().CLAIMTRACE_WRITE_TOKEN;
  const unauthorized = (error: string) =>
    refuse(401, error, { 'www-authenticate': 'Bearer realm="claimtrace writes"' });
  if (!token) {
    return {
      refused: unauthorized(
        'This server takes no writes: it was started without CLAIMTRACE_WRITE_TOKEN (`npm start` generates one).',
      ),
    };
  }
  const authorization = request.headers.get('authorization');
  if (authorization !== null) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (bearer && secretEquals(bearer, token)) return { client: 'bearer', via: 'bearer' };
    return { refused: unauthorized(`The Authorization header does not carry the write token. ${HOW_TO}`) };
  }
  const cookie = cookieValue(request.headers.get('cookie'), SESSION_COOKIE);
  const sessionId = cookie === null ? null : verifySessionCookieValue(cookie, token);
  if (sessionId) return { client: `session:${sessionId}`, via: 'cookie' };
  return { refused: unauthorized(`Writing needs authentication. ${HOW_TO}`) };
}

function cookieValue(header: string | null, name: string): string | null {
  for (const pair of header?.split(';') ?? []) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return false;
  return request.headers.get('origin') === requestOrigin(request);
}

function isJson(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return type.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Whether this request's credentials would let it write (ignoring the rate limit): what a page asks
 * to decide whether to offer Add and Remove. The server still checks every write itself.
 */
export function mayWrite(request: Request): boolean {
  return !('refused' in credential(request));
}

/** The refusal for a write request that may not go ahead, or null when it may. */
export async function refuseWrite(request: Request, options: { body: boolean }): Promise<Response | null> {
  const who = credential(request);
  if ('refused' in who) return who.refused;
  if (who.via === 'cookie' && !isSameOrigin(request)) {
    return refuse(403, 'A write signed in by cookie must come from a page of this app (same origin).');
  }
  // Only JSON bodies: a form or a no-cors fetch can send text/plain without asking first.
  if (options.body && !isJson(request)) {
    return refuse(415, 'The request body must be JSON, sent as `Content-Type: application/json`.');
  }
  const wait = await writeWaitSeconds(who.client);
  if (wait !== null) {
    return refuse(429, `Too many writes; try again in ${wait} s.`, { 'retry-after': String(wait) });
  }
  return null;
}

/** A write route handler behind refuseWrite: `export const POST = writeRoute(handle)`. */
export function writeRoute<Rest extends unknown[]>(
  handle: (request: Request, ...rest: Rest) => Promise<Response>,
  options: { body: boolean } = { body: true },
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => (await refuseWrite(request, options)) ?? handle(request, ...rest);
}
