import type { z } from 'zod';
import { apiErrorBodySchema } from '@/lib/schemas/details';

/** An error reply from the API, with the status the page uses to pick its message. */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    message: string,
    public readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** GETs a JSON endpoint and validates the reply with the same schema the server uses. */
export async function fetchJson<T>(
  path: string,
  params: Record<string, string | number | undefined>,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  let res: Response;
  try {
    const query = qs.toString();
    res = await fetch(query ? `${path}?${query}` : path, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'The server cannot be reached. Check your connection and try again.');
  }
  if (!res.ok) throw await apiErrorOf(res);
  return schema.parse(await res.json().catch(() => null));
}

/** The ApiError of a reply that is not ok, with the error and issues the server gave. */
export async function apiErrorOf(res: Response): Promise<ApiError> {
  const parsed = apiErrorBodySchema.safeParse(await res.json().catch(() => null));
  return new ApiError(
    res.status,
    parsed.success ? parsed.data.error : `Request failed (${res.status})`,
    parsed.success ? (parsed.data.issues ?? []) : [],
  );
}

/**
 * Network trouble and a 500 may pass, so they are asked once more. Not a 4xx, which will not change,
 * nor a 503: the server has already retried the database before giving up, and asking again would
 * only keep the page on its busy line for longer than a person should wait for the error and its
 * Retry button (README, "When Neo4j is away").
 */
export function retryOnce(count: number, error: Error): boolean {
  if (!(error instanceof ApiError)) return count < 1;
  return count < 1 && error.status !== 503 && !(error.status >= 400 && error.status < 500);
}
