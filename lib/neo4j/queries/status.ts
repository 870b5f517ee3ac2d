import type { EvidenceStatus } from '@/lib/schemas/graph';

/** Kinds of sentence that assert nothing and so need no citation. */
const NEEDS_NO_EVIDENCE = new Set(['question', 'other']);

/**
 * A claim's evidence status from what it cites: all listed -> backed; any number without a listed
 * reference -> unlisted; nothing cited -> uncited, or exempt for questions and framing text.
 */
export function claimStatus(kind: string, cites: { listed: boolean }[]): EvidenceStatus {
  if (cites.length === 0) return NEEDS_NO_EVIDENCE.has(kind) ? 'exempt' : 'uncited';
  return cites.every((c) => c.listed) ? 'backed' : 'unlisted';
}
