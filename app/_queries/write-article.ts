import type { z } from 'zod';
import { ApiError, apiErrorOf } from './fetch-json';

/*
 * The writes a signed-in browser makes: JSON to the app's own origin, so the session cookie goes
 * with them and the same-origin check passes (README, "The HTTP API"). Errors come back as ApiError
 * with the server's issues, for the page to show next to the input.
 */
async function send(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<Response> {
  try {
    return await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'The server cannot be reached. Check your connection and try again.');
  }
}

/** POSTs a JSON body and validates the answer with the server's schema. */
export async function postJson<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
  const res = await send('POST', path, body);
  if (!res.ok) throw await apiErrorOf(res);
  return schema.parse(await res.json());
}

/** DELETE /api/articles/<slug>. */
export async function removeArticle(slug: string): Promise<void> {
  const res = await send('DELETE', `/api/articles/${encodeURIComponent(slug)}`);
  if (!res.ok) throw await apiErrorOf(res);
}
