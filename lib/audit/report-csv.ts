import Papa from 'papaparse';
import type { AuditReport } from '@/lib/schemas/audit-report';

/**
 * One row per sentence: what a spreadsheet user filters and sorts. Papa.unparse quotes fields
 * that hold commas, quotes or line breaks and escapes formula-leading characters.
 */
export function reportCsv(report: AuditReport): string {
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
      text: c.text,
    })),
    { escapeFormulae: true, newline: '\n' },
  );
}
