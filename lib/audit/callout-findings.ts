import { suspiciousMarkers } from '@/lib/ingest/markers';
import type { AuditClaim, SuspiciousRangeFinding } from '@/lib/schemas/audit-report';

/**
 * Markers whose range was never expanded (docs/decisions/023-marker-grammar.md): read again from
 * the claim's text, so a report built from the graph finds them as one built from the file does.
 */
export function suspiciousRanges(claims: readonly AuditClaim[]): SuspiciousRangeFinding[] {
  return claims.flatMap((c) =>
    suspiciousMarkers(c.text).map((marker) => ({ claim_id: c.id, section: c.section, marker, text: c.text })),
  );
}
