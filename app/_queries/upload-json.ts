import type { z } from 'zod';
import { ApiError, apiErrorOf } from './fetch-json';

/**
 * POSTs a JSON body to the app's own origin with upload progress, which fetch cannot report:
 * `onProgress(sent, total)` while the body goes out, then `onSent()` while the server works on it.
 * The answer is validated with the server's schema; an error reply becomes ApiError with its issues.
 */
export function uploadJson<T>(
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
  on: { onProgress?: (sent: number, total: number) => void; onSent?: () => void } = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => on.onProgress?.(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.upload.onload = () => on.onSent?.();
    xhr.onerror = () =>
      reject(new ApiError(0, 'The server cannot be reached. Check your connection and try again.'));
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        apiErrorOf(new Response(xhr.responseText, { status: xhr.status })).then(reject, reject);
        return;
      }
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: refused by the schema below
      }
      const parsed = schema.safeParse(json);
      if (parsed.success) resolve(parsed.data);
      else reject(new ApiError(xhr.status, 'The server answered in an unexpected shape.'));
    };
    xhr.send(JSON.stringify(body));
  });
}
