import { GET as openSession } from '@/app/session/route';
import { env } from '@/lib/env';

/*
 * Requests to the write routes as clients make them. The handlers run in this process against the
 * test database; `npm test` gives the process a write token and a one-time sign-in token.
 */
export const ORIGIN = 'http://localhost';

export function writeToken(): string {
  const token = env().CLAIMTRACE_WRITE_TOKEN;
  if (!token)
    throw new Error('CLAIMTRACE_WRITE_TOKEN is not set: run the integration tests with `npm test`.');
  return token;
}

export const bearer = (): Record<string, string> => ({ authorization: `Bearer ${writeToken()}` });

/** Headers a browser sends with a same-origin fetch of the app's own page. */
export const sameOrigin = (cookie: string): Record<string, string> => ({
  cookie,
  origin: ORIGIN,
  'sec-fetch-site': 'same-origin',
});

export const json = { 'content-type': 'application/json' };

export function postRequest(body: unknown, headers: Record<string, string>): Request {
  return new Request(`${ORIGIN}/api/articles`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function deleteRequest(slug: string, headers: Record<string, string>): Request {
  return new Request(`${ORIGIN}/api/articles/${slug}`, { method: 'DELETE', headers });
}

/** The route handler's second argument for /api/articles/<slug>. */
export const slugContext = (slug: string) => ({ params: Promise.resolve({ slug }) });

/** Visits the one-time sign-in link with `token`. */
export function visitSessionLink(token: string): Promise<Response> {
  return openSession(new Request(`${ORIGIN}/session?token=${encodeURIComponent(token)}`));
}

/** The `name=value` of a response's session cookie, as a browser would send it back. */
export function cookieFrom(response: Response): string {
  const setCookie = response.headers.get('set-cookie');
  if (!setCookie) throw new Error(`No Set-Cookie in a ${response.status} answer`);
  return setCookie.split(';')[0] ?? '';
}
