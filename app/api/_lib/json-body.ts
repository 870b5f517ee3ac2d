import 'server-only';
import { env } from '@/lib/env';
import { apiError } from './handler';
import { readBodyText } from './read-body';

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * A write request's JSON body, held to CLAIMTRACE_WRITE_BODY_MB and _TIMEOUT_MS. A declared
 * Content-Length over the limit is refused before a byte is read; every other body, chunked ones
 * included, is held to the bytes that actually arrive (read-body.ts).
 */
export async function readJsonBody(request: Request): Promise<JsonBody> {
  const e = env();
  const limits = {
    maxBytes: e.CLAIMTRACE_WRITE_BODY_MB * 1024 * 1024,
    timeoutMs: e.CLAIMTRACE_WRITE_BODY_TIMEOUT_MS,
  };
  const tooLarge = () =>
    apiError(413, { error: `The request body is too large (limit ${e.CLAIMTRACE_WRITE_BODY_MB} MB).` });
  if (Number(request.headers.get('content-length') ?? 0) > limits.maxBytes) {
    return { ok: false, response: tooLarge() };
  }
  const read = await readBodyText(request.body, limits);
  if (!read.ok) {
    const response =
      read.reason === 'too_large'
        ? tooLarge()
        : apiError(408, { error: 'The request body took too long to arrive.' }, { connection: 'close' });
    return { ok: false, response };
  }
  try {
    return { ok: true, value: JSON.parse(read.text) };
  } catch {
    return {
      ok: false,
      response: apiError(400, { error: 'The request body must be JSON: {"slug": "...", "text": "..."}' }),
    };
  }
}
