'use client';

import Link from 'next/link';
import { useAuditReport } from '@/app/_queries/audit-report';
import { ClaimAuditNotes } from '@/app/_shared/claim-audit-notes';
import { readerClaimHref } from '@/app/_shared/links';
import { claimNotes } from '@/lib/audit/claim-notes';

/**
 * The way back to the sentence in the reader, and what the article's audit says about it. The
 * audit report is the one /audit and /read use (one cached query), so the three views agree.
 */
export function ClaimAudit({ claimId, article }: { claimId: string; article: string }) {
  const report = useAuditReport(article);
  const notes = report.data ? claimNotes(report.data, claimId) : null;
  return (
    <>
      <p>
        <Link href={readerClaimHref(article, claimId)} data-testid="show-in-reader">
          Show in reader
        </Link>
      </p>
      {notes ? <ClaimAuditNotes notes={notes} /> : null}
    </>
  );
}
