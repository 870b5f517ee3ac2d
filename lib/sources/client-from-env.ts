import { type Env, env } from '@/lib/env';
import { type CrossrefClient, createCrossrefClient } from './crossref-client';

/**
 * The limits Crossref publishes for its pools (from 1 December 2025): with a contact address
 * (polite) 10 DOI look-ups and 3 searches per second, 3 at once; without (public) 5 and 1 per
 * second, 1 at once. CLAIMTRACE_CROSSREF_RATE and _CONCURRENCY override them; searches keep the
 * polite pool's ratio to look-ups (3 to 10), at least one per second.
 */
export function crossrefLimits(
  e: Pick<Env, 'CLAIMTRACE_CONTACT_EMAIL' | 'CLAIMTRACE_CROSSREF_RATE' | 'CLAIMTRACE_CROSSREF_CONCURRENCY'>,
) {
  const polite = e.CLAIMTRACE_CONTACT_EMAIL !== undefined;
  const lookupsPerSecond = e.CLAIMTRACE_CROSSREF_RATE ?? (polite ? 10 : 5);
  const searchesPerSecond = e.CLAIMTRACE_CROSSREF_RATE ? Math.max(1, lookupsPerSecond * 0.3) : polite ? 3 : 1;
  return {
    concurrency: e.CLAIMTRACE_CROSSREF_CONCURRENCY ?? (polite ? 3 : 1),
    lookupsPerSecond,
    searchesPerSecond,
  };
}

/** The Crossref client as this process's environment configures it. */
export function crossrefClientFromEnv(e: Env = env()): CrossrefClient {
  return createCrossrefClient({
    baseUrl: e.CLAIMTRACE_CROSSREF_URL,
    contactEmail: e.CLAIMTRACE_CONTACT_EMAIL,
    timeoutMs: e.CLAIMTRACE_CROSSREF_TIMEOUT_MS,
    ...crossrefLimits(e),
  });
}
