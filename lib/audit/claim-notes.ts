import type { AuditReport } from '@/lib/schemas/audit-report';

/** What the audit says about one sentence, as text for the claim panel and the reader. */
export interface ClaimNotes {
  /** Why the sentence needs evidence (risk cues), empty when it needs none or shows no cue. */
  riskReasons: string[];
  /** One line per cited work whose title shares nothing with the sentence. */
  mismatches: string[];
}

/** The audit's notes on a claim; null when the report does not hold it. */
export function claimNotes(report: AuditReport, claimId: string): ClaimNotes | null {
  const claim = report.claims.find((c) => c.id === claimId);
  if (!claim) return null;
  return {
    riskReasons: claim.status === 'not_a_claim' ? [] : claim.risk_reasons,
    mismatches: report.findings.mismatch
      .filter((m) => m.claim_id === claimId)
      .map((m) => `[${m.number}] “${m.work_title}”: ${m.message}`),
  };
}
