import Papa from 'papaparse';
import type { AuditReport } from '@/lib/schemas/audit-report';

/** The callout findings of each claim, as "suspicious_range [2010–2020]" or "ambiguous_callout (Lee, 2020)". */
function calloutFindingsByClaim(report: AuditReport): Map<string, string[]> {
  const byClaim = new Map<string, string[]>();
  for (const r of report.findings.suspicious_range) {
    byClaim.set(r.claim_id, [...(byClaim.get(r.claim_id) ?? []), `suspicious_range ${r.marker}`]);
  }
  for (const a of report.findings.ambiguous_callout) {
    byClaim.set(a.claim_id, [...(byClaim.get(a.claim_id) ?? []), `ambiguous_callout ${a.callout}`]);
  }
  for (const y of report.findings.year_mismatch) {
    byClaim.set(y.claim_id, [...(byClaim.get(y.claim_id) ?? []), `year_mismatch ${y.callout}`]);
  }
  return byClaim;
}

/**
 * One row per sentence: what a spreadsheet user filters and sorts. Papa.unparse quotes fields
 * that hold commas, quotes or line breaks and escapes formula-leading characters.
 */
export function reportCsv(report: AuditReport): string {
  const callouts = calloutFindingsByClaim(report);
  return Papa.unparse(
    report.claims.map((c) => ({
      claim_id: c.id,
      section: c.section,
      order: c.order,
      kind: c.kind,
      status: c.status,
      risk: c.risk,
      risk_reasons: c.risk_reasons.join('; '),
      cites: c.cites.join(' '),
      unlisted: c.cites.filter((n) => report.cited_not_listed.includes(n)).join(' '),
      callout_findings: (callouts.get(c.id) ?? []).join('; '),
      text: c.text,
    })),
    { escapeFormulae: true, newline: '\n' },
  );
}
