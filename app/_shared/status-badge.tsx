import type { ClaimStatus } from '@/lib/schemas/audit-report';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  backed: 'backed',
  partly_unlisted: 'partly unlisted',
  unlisted_only: 'unlisted only',
  uncited: 'uncited',
  not_a_claim: 'needs no evidence',
};

/** Status as words plus colour, never colour alone. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}
