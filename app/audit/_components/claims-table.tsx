'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { type AuditClaim, type ClaimStatus, claimStatusSchema } from '@/lib/schemas/audit-report';
import { DataTable } from './data-table';
import { ClaimLink, refs } from '@/app/_shared/links';
import { SourceBadge } from '@/app/_shared/source-badge';
import { STATUS_LABELS, StatusBadge } from '@/app/_shared/status-badge';
import { discreditedRank } from '@/lib/audit/source-findings';

const column = createColumnHelper<AuditClaim>();
const SEVERITY: Record<ClaimStatus, number> = {
  unlisted_only: 4,
  uncited: 3,
  partly_unlisted: 2,
  backed: 1,
  not_a_claim: 0,
};

const columns = [
  column.accessor('id', {
    header: 'Claim',
    cell: (c) => <ClaimLink id={c.getValue()} />,
    sortingFn: (a, b) => a.original.order - b.original.order,
  }),
  column.accessor('section', { header: 'Section' }),
  column.accessor('status', {
    header: 'Status',
    cell: (c) => <StatusBadge status={c.getValue()} />,
    sortingFn: (a, b) => SEVERITY[a.original.status] - SEVERITY[b.original.status],
  }),
  column.accessor('risk', {
    header: 'Risk',
    cell: (c) => <span title={c.row.original.risk_reasons.join(', ')}>{c.getValue()}</span>,
    // A claim citing a retracted work (or one under a concern) outranks any uncited claim.
    sortingFn: (a, b) =>
      discreditedRank(a.original) - discreditedRank(b.original) || a.original.risk - b.original.risk,
  }),
  column.accessor((c) => refs(c.cites), {
    id: 'cites',
    header: 'Cites',
    cell: (c) => (
      <>
        {c.getValue()}
        {(c.row.original.source_flags ?? []).map((f) => (
          <span key={`${f.number}-${f.kind}`}>
            {' '}
            <SourceBadge kind={f.kind} title={`[${f.number}]`} />
          </span>
        ))}
      </>
    ),
  }),
  column.accessor('text', { header: 'Text', enableSorting: false }),
];

/** Every sentence with its status; riskiest first, narrowed by status or by text. */
export function ClaimsTable({ claims }: { claims: AuditClaim[] }) {
  const [status, setStatus] = useState<ClaimStatus | 'needs_evidence' | 'all'>('needs_evidence');
  const shown = useMemo(
    () =>
      claims.filter((c) =>
        status === 'all'
          ? true
          : status === 'needs_evidence'
            ? c.status !== 'not_a_claim'
            : c.status === status,
      ),
    [claims, status],
  );
  return (
    <DataTable
      caption="Claims and their evidence status (select a claim to open it in the explorer)"
      columns={columns}
      data={shown}
      testId="claims-table"
      initialSorting={[{ id: 'risk', desc: true }]}
      toolbar={
        <label>
          Status{' '}
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as typeof status)}
            data-testid="status-filter"
          >
            <option value="needs_evidence">all that need evidence</option>
            {claimStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
            <option value="all">every sentence</option>
          </select>
        </label>
      }
    />
  );
}
