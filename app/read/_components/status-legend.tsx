import type { AuditClaim, AuditSummary } from '@/lib/schemas/audit-report';
import { discreditedRank } from '@/lib/audit/source-findings';
import { STATUS_LABELS } from '@/app/_shared/status-badge';

const SHOWN = ['backed', 'partly_unlisted', 'unlisted_only', 'uncited'] as const;

/** What the underlines mean, with the count of each, so the reader can be checked against the audit. */
export function StatusLegend({ summary, claims }: { summary: AuditSummary; claims: AuditClaim[] }) {
  const discredited = claims.filter((c) => discreditedRank(c) > 0).length;
  return (
    <section aria-label="Legend" className="reader-legend">
      <ul>
        {SHOWN.map((status) => (
          <li key={status} data-legend={status}>
            <span className={`claim claim-${status}`}>{STATUS_LABELS[status]}</span>{' '}
            <span data-testid={`legend-count-${status}`}>{summary[status]}</span>
          </li>
        ))}
        {discredited > 0 ? (
          <li data-legend="discredited">
            <span className="claim claim-discredited">cites a retracted or questioned work</span>{' '}
            <span data-testid="legend-count-discredited">{discredited}</span>
          </li>
        ) : null}
      </ul>
      <p className="muted">
        Select a sentence to open it in the explorer; hover or focus a marker to see its reference.
      </p>
    </section>
  );
}
