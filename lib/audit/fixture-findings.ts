import type { AuditReport } from '@/lib/schemas/audit-report';

/**
 * The part of an audit report that a fixture's `<name>.findings.json` pins down: every number list,
 * the summary, each sentence's status, and each finding in a form a person can check against the
 * article by reading it (texts and numbers, not ids).
 */
export function fixtureFindings(report: AuditReport) {
  const textOf = new Map(report.claims.map((c) => [c.id, c.text]));
  return {
    references_listed: report.references_listed,
    markers_cited: report.markers_cited,
    cited_not_listed: report.cited_not_listed,
    listed_not_cited: report.listed_not_cited,
    summary: report.summary,
    claims: report.claims.map((c) => [c.status, c.text]),
    uncited_ranked: report.findings.uncited.map((u) => [u.risk, u.text]),
    numbering: report.findings.numbering.map((n) => n.message),
    mismatch: report.findings.mismatch.map((m) => [m.number, textOf.get(m.claim_id) ?? m.claim_id]),
    incomplete_entry: report.findings.incomplete_entry.map((e) => ({ number: e.number, missing: e.missing })),
    duplicate_entry: report.findings.duplicate_entry.map((d) => ({ numbers: d.numbers, reason: d.reason })),
  };
}

/** What an invalid fixture's findings file says: the CLI refuses it with this code and exit 2. */
export interface InvalidFixtureFindings {
  error: string;
  exit: 2;
}
