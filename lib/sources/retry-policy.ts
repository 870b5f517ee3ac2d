/*
 * When to try a Crossref request again and how long to wait first. 429 and 5xx are Crossref saying
 * "not now": retried after the wait it names (Retry-After) or, without one, an exponential backoff
 * with full jitter, so several clients that failed together do not come back together.
 */

/** Statuses worth another try: rate limited, or the server (or a proxy before it) failing. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

/**
 * The wait a Retry-After header asks for, in ms: delta-seconds ("120") or an HTTP date. Null when
 * absent or unreadable; a date in the past is 0.
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Backoff before retry number `attempt` (0-based): random in [0, min(cap, base * 2^attempt)]. */
export function backoffMs(attempt: number, baseMs: number, capMs = 30_000, random = Math.random): number {
  return Math.round(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
