import type { EvidenceStatus } from '@/lib/schemas/graph';

export const statusLabels: Record<EvidenceStatus, { label: string; short: string }> = {
  backed: { label: 'Backed by a listed reference', short: 'backed' },
  unlisted: { label: 'Cites a number with no listed reference', short: 'no listed reference' },
  uncited: { label: 'No citation', short: 'no citation' },
  exempt: { label: 'No citation needed (question or framing)', short: 'needs none' },
};

/** The evidence status in words and colour (never colour alone). */
export function EvidenceBadge({ status }: { status: EvidenceStatus }) {
  return (
    <span className={`badge badge-${status}`} data-testid="evidence-badge" data-status={status}>
      {statusLabels[status].label}
    </span>
  );
}
