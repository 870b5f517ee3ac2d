import type { AuditReport } from '@/lib/schemas/audit-report';
import { sourceSections } from './format-sources';
import { textTable as table } from './text-table';

/*
 * The human-readable report: summary first, then one table per kind of finding that occurred.
 * Plain text only (no colour codes) so it reads the same in a terminal, a CI log and a file.
 * Compact tables (no rule between rows) only where no cell wraps, or wrapped rows would run together.
 */

const list = (ns: number[]) => (ns.length === 0 ? 'none' : ns.map((n) => `[${n}]`).join(' '));
const short = (id: string) => id.slice(id.lastIndexOf('/') + 1);
export const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatReport(report: AuditReport): string {
  const s = report.summary;
  const out: string[] = [
    `Citation audit: ${report.title}`,
    '',
    `Coverage ${percent(s.coverage)}: ${s.backed} of ${s.claims} claims that need evidence are backed by listed references`,
    `  (${s.partly_unlisted} partly unlisted, ${s.unlisted_only} unlisted only, ${s.uncited} uncited; ${s.not_a_claim} sentences need no evidence)`,
    `References listed: ${report.references_listed.length}   numbers cited: ${report.markers_cited.length}`,
    `Cited but not listed: ${list(report.cited_not_listed)}`,
    `Listed but never cited: ${list(report.listed_not_cited)}`,
    '',
    table(
      ['finding', 'count'],
      [22, 8],
      Object.entries(s.findings).map(([kind, n]) => [kind, n]),
      true,
    ),
    '',
    'Coverage by section',
    table(
      ['section', 'claims', 'backed', 'coverage'],
      [60, 8, 8, 10],
      report.coverage_by_section.map((c) => [
        c.section,
        c.claims,
        c.backed,
        c.coverage === null ? '-' : percent(c.coverage),
      ]),
      true,
    ),
  ];
  const f = report.findings;
  const section = (title: string, body: string) => out.push('', title, body);
  // Claims resting on retracted or questioned works come before every other finding: the riskiest.
  for (const [title, body] of sourceSections(report)) section(title, body);
  if (f.uncited.length > 0) {
    section(
      'Uncited claims, riskiest first',
      table(
        ['risk', 'claim', 'text', 'why'],
        [6, 7, 60, 24],
        f.uncited.map((u) => [u.risk, short(u.claim_id), u.text, u.risk_reasons.join(', ') || '-']),
      ),
    );
  }
  for (const [title, rows] of [
    ['Claims citing only unlisted numbers', f.unlisted_only],
    ['Claims citing some unlisted numbers', f.partly_unlisted],
  ] as const) {
    if (rows.length === 0) continue;
    section(
      title,
      table(
        ['claim', 'unlisted', 'text'],
        [7, 12, 80],
        rows.map((r) => [short(r.claim_id), list(r.unlisted), r.text]),
      ),
    );
  }
  if (f.numbering.length > 0) {
    section(
      'Numbering',
      table(
        ['type', 'numbers', 'message'],
        [18, 12, 60],
        f.numbering.map((n) => [n.type, list(n.numbers), n.message]),
      ),
    );
  }
  if (f.mismatch.length > 0) {
    section(
      'Worth checking: claim and cited title have little in common',
      table(
        ['claim', 'cites', 'claim text', 'cited title', 'shared'],
        [7, 7, 40, 36, 14],
        f.mismatch.map((m) => [
          short(m.claim_id),
          `[${m.number}]`,
          m.text,
          m.work_title,
          [...m.shared_keywords, ...m.shared_concepts].join(', ') || 'nothing',
        ]),
      ),
    );
  }
  if (f.incomplete_entry.length > 0) {
    section(
      'Incomplete reference entries',
      table(
        ['number', 'missing', 'entry'],
        [8, 16, 76],
        f.incomplete_entry.map((e) => [`[${e.number}]`, e.missing.join(', '), e.raw]),
      ),
    );
  }
  if (f.duplicate_entry.length > 0) {
    section(
      'Duplicate reference entries',
      table(
        ['numbers', 'why', 'entry'],
        [12, 12, 76],
        f.duplicate_entry.map((d) => [list(d.numbers), d.reason.replace('_', ' '), d.raw]),
      ),
    );
  }
  if (f.suspicious_range.length > 0) {
    section(
      'Ranges never expanded: years or too wide',
      table(
        ['claim', 'marker', 'text'],
        [7, 16, 76],
        f.suspicious_range.map((r) => [short(r.claim_id), r.marker, r.text]),
      ),
    );
  }
  if (f.ambiguous_callout.length > 0) {
    section(
      'Author-date callouts matching several entries',
      table(
        ['claim', 'callout', 'entries', 'text'],
        [7, 24, 12, 56],
        f.ambiguous_callout.map((a) => [short(a.claim_id), a.callout, list(a.candidates), a.text]),
      ),
    );
  }
  if (f.year_mismatch.length > 0) {
    section(
      'Author-date callouts whose year differs from their entry',
      table(
        ['claim', 'callout', 'entry', 'text'],
        [7, 24, 12, 56],
        f.year_mismatch.map((y) => [short(y.claim_id), y.callout, `[${y.number}] ${y.listed_year}`, y.text]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
