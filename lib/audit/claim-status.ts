import type { ClaimRecord } from '@/lib/ingest/graph-document';
import type { ClaimStatus } from '@/lib/schemas/audit-report';

/**
 * A sentence needs evidence when it is an assertion, or when it offers evidence itself (any
 * sentence with a marker): advice that cites a study is checked like an assertion. Questions,
 * framing text and uncited advice need none.
 */
export function needsEvidence(claim: Pick<ClaimRecord, 'kind' | 'cites'>): boolean {
  return claim.kind === 'assertion' || claim.cites.length > 0;
}

export function claimStatus(
  claim: Pick<ClaimRecord, 'kind' | 'cites'>,
  listed: ReadonlySet<number>,
): ClaimStatus {
  if (!needsEvidence(claim)) return 'not_a_claim';
  if (claim.cites.length === 0) return 'uncited';
  const listedCount = claim.cites.filter((n) => listed.has(n)).length;
  if (listedCount === claim.cites.length) return 'backed';
  return listedCount === 0 ? 'unlisted_only' : 'partly_unlisted';
}

/** backed / claims, 4 places; a text with nothing that needs evidence is vacuously covered. */
export function coverage(backed: number, claims: number): number {
  if (claims === 0) return 1;
  return Math.round((backed / claims) * 10_000) / 10_000;
}
