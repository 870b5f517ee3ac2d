import Link from 'next/link';
import { ClaimAuditNotes } from '@/app/_shared/claim-audit-notes';
import { claimHref } from '@/app/_shared/links';
import { STATUS_LABELS } from '@/app/_shared/status-badge';
import { claimNotes } from '@/lib/audit/claim-notes';
import type { AuditReport } from '@/lib/schemas/audit-report';

/** The sentence the reader was opened on: its status, the audit's notes and the way back. */
export function SelectedClaim({ report, claimId }: { report: AuditReport; claimId: string }) {
  const claim = report.claims.find((c) => c.id === claimId);
  const notes = claimNotes(report, claimId);
  return (
    <section className="selected-claim" aria-labelledby="selected-claim-title" data-testid="selected-claim">
      <h2 id="selected-claim-title">Selected sentence</h2>
      {claim && notes ? (
        <>
          <p>
            “{claim.text}”{' '}
            <span className={`status-badge status-${claim.status}`}>{STATUS_LABELS[claim.status]}</span>
          </p>
          <ClaimAuditNotes notes={notes} />
          <p>
            <Link href={`${claimHref(claimId)}&article=${encodeURIComponent(report.slug)}`}>
              Show in explorer
            </Link>
          </p>
        </>
      ) : (
        <p>This article has no sentence with that id.</p>
      )}
    </section>
  );
}
