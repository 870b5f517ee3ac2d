import 'server-only';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/lib/env';

/**
 * One budget of writes per client and window for the whole process, shared by every write route
 * (each route is its own bundle, so the limiter lives on globalThis, as the driver does). In memory:
 * the app is one process, and a restart forgetting the counts costs nothing that matters.
 */
const globalForLimiter = globalThis as unknown as { claimtraceWriteLimiter?: RateLimiterMemory };

function limiter(): RateLimiterMemory {
  const e = env();
  globalForLimiter.claimtraceWriteLimiter ??= new RateLimiterMemory({
    points: e.CLAIMTRACE_WRITE_RATE_LIMIT,
    duration: e.CLAIMTRACE_WRITE_RATE_WINDOW_S,
  });
  return globalForLimiter.claimtraceWriteLimiter;
}

/** Counts one write for `client`: null when it may go ahead, else the seconds until it may. */
export async function writeWaitSeconds(client: string): Promise<number | null> {
  try {
    await limiter().consume(client);
    return null;
  } catch (refused) {
    if (!(refused instanceof RateLimiterRes)) throw refused;
    return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
  }
}
