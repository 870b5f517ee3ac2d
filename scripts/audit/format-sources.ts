import { compareClaimRisk, discreditedRank } from '@/lib/audit/source-findings';
import type { AuditReport } from '@/lib/schemas/audit-report';
import { textTable as table } from './text-table';

const short = (id: string) => id.slice(id.lastIndexOf('/') + 1);

/**
 * The text report's source sections, as [title, table]: none without source data, "checked, nothing
 * found" when it was looked at and all is well, otherwise the claims resting on retracted or
 * questioned works first, then every finding about a cited work.
 */
export function sourceSections(report: AuditReport): [string, string][] {
  const findings = report.source_findings;
  if (!findings) return [];
  if (findings.length === 0)
    return [['Sources', 'No cited work was found retracted, questioned or misdescribed.']];
  const sections: [string, string][] = [];
  const resting = report.claims.filter((c) => discreditedRank(c) > 0).sort(compareClaimRisk);
  if (resting.length > 0) {
    sections.push([
      'Claims citing retracted or questioned works (the riskiest)',
      table(
        ['claim', 'cites', 'text'],
        [7, 30, 62],
        resting.map((c) => [
          short(c.id),
          (c.source_flags ?? []).map((f) => `[${f.number}] ${f.kind}`).join('\n'),
          c.text,
        ]),
      ),
    ]);
  }
  sections.push([
    'What outside sources say about the cited works',
    table(
      ['number', 'finding', 'detail'],
      [8, 24, 68],
      findings.map((f) => [`[${f.number}]`, f.kind, f.detail.message]),
    ),
  ]);
  return sections;
}
