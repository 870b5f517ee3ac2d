import { env } from '@/lib/env';

/**
 * The Authorization header for writes to the e2e server: `npm test` gives the server and these
 * tests the same fresh write token (never the developer's from .env.local).
 */
export function writeHeaders(): Record<string, string> {
  const token = env().CLAIMTRACE_WRITE_TOKEN;
  if (!token) throw new Error('CLAIMTRACE_WRITE_TOKEN is not set: run the e2e tests with `npm test`.');
  return { authorization: `Bearer ${token}` };
}
