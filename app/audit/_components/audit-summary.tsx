import { auditReportUrl } from '@/app/_queries/audit-report';
import { type AuditReport, FINDING_LABELS, type FindingKind } from '@/lib/schemas/audit-report';
import { SOURCE_FINDING_KINDS, SOURCE_FINDING_LABELS } from '@/lib/schemas/sources';

export const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The summary comes first: coverage, then how many findings of each kind, then downloads. */
export function AuditSummary({ report }: { report: AuditReport }) {
  const s = report.summary;
  return (
    <section aria-labelledby="summary-heading" className="audit-summary">
      <h2 id="summary-heading">Summary</h2>
      <p className="audit-coverage">
        <span data-testid="coverage">{percent(s.coverage)}</span> citation coverage:{' '}
        <span data-testid="backed-count">{s.backed}</span> of{' '}
        <span data-testid="claims-count">{s.claims}</span> claims that need evidence are backed by a listed
        reference.
      </p>
      <p>
        {s.partly_unlisted} partly unlisted, <span data-testid="unlisted-only-count">{s.unlisted_only}</span>{' '}
        citing only unlisted numbers, <span data-testid="uncited-count">{s.uncited}</span> uncited;{' '}
        {s.not_a_claim} sentences (questions, advice, framing) need no evidence.
      </p>
      <dl className="audit-counts">
        {(Object.keys(FINDING_LABELS) as FindingKind[]).map((kind) => (
          <div key={kind} data-finding={kind}>
            <dt>{FINDING_LABELS[kind]}</dt>
            <dd>{s.findings[kind]}</dd>
          </div>
        ))}
      </dl>
      {report.source_findings ? (
        <dl className="audit-counts" data-testid="source-counts">
          {SOURCE_FINDING_KINDS.map((kind) => (
            <div key={kind} data-finding={kind}>
              <dt>{SOURCE_FINDING_LABELS[kind]}</dt>
              <dd>{report.source_findings?.filter((f) => f.kind === kind).length}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p className="audit-downloads">
        <a href={auditReportUrl(report.slug, 'csv')} download>
          Download CSV
        </a>{' '}
        <a href={auditReportUrl(report.slug, 'json')} download>
          Download JSON
        </a>
      </p>
    </section>
  );
}
