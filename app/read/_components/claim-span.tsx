'use client';

import Link from 'next/link';
import { claimHref } from '@/app/_shared/links';
import { STATUS_LABELS } from '@/app/_shared/status-badge';
import { discreditedRank } from '@/lib/audit/source-findings';
import type { AuditClaim, AuditReference } from '@/lib/schemas/audit-report';
import { DISCREDITED_KINDS, SOURCE_BADGE_LABELS } from '@/lib/schemas/sources';
import { segments } from './layout-blocks';
import { MarkerLink } from './marker-link';

const FLAGGED = new Set(['partly_unlisted', 'unlisted_only', 'uncited']);

/**
 * One sentence, underlined by status like a linter marks code. The words link to the claim in the
 * explorer; each marker links to its reference. The status is also written out (a visible tag for
 * problems, hidden text otherwise), so colour is never the only signal. A sentence citing a
 * retracted work (or one under a concern) gets a double red underline and a tag naming it, whatever
 * its status: it is the riskiest kind of claim.
 */
export function ClaimSpan({
  claim,
  references,
  selected = false,
}: {
  claim: AuditClaim;
  references: Map<number, AuditReference>;
  /** The sentence the reader was opened on: outlined, focusable (the page moves focus to it). */
  selected?: boolean;
}) {
  const discredited = (claim.source_flags ?? []).filter((f) => DISCREDITED_KINDS.includes(f.kind));
  return (
    <span
      className={`claim claim-${claim.status}${discreditedRank(claim) > 0 ? ' claim-discredited' : ''}${selected ? ' claim-selected' : ''}`}
      data-claim-id={claim.id}
      {...(selected
        ? { tabIndex: -1, 'aria-current': 'true' as const, 'aria-describedby': 'selected-claim-title' }
        : {})}
      data-status={claim.status}
      data-source={discredited[0]?.kind}
    >
      {segments(claim).map((seg) =>
        seg.marker ? (
          <MarkerLink key={seg.start} marker={seg.marker} references={references} />
        ) : seg.text.trim() === '' ? (
          // Space between two markers: a link of nothing but space would have no accessible name.
          seg.text
        ) : (
          <Link key={seg.start} href={claimHref(claim.id)} className="claim-text">
            {seg.text}
          </Link>
        ),
      )}
      {FLAGGED.has(claim.status) ? (
        <span className="claim-tag" title={claim.risk_reasons.join(', ') || undefined}>
          {STATUS_LABELS[claim.status]}
        </span>
      ) : (
        claim.status === 'backed' && <span className="sr-only">(backed)</span>
      )}
      {discredited.map((f) => (
        <span key={`${f.number}-${f.kind}`} className="claim-tag claim-tag-source">
          cites a{' '}
          {SOURCE_BADGE_LABELS[f.kind] === 'retracted'
            ? 'retracted work'
            : `work under an ${SOURCE_BADGE_LABELS[f.kind]}`}{' '}
          [{f.number}]
        </span>
      ))}{' '}
    </span>
  );
}
