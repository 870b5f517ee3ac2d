'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { WorkLink } from '@/app/_shared/links';
import { SourceBadge } from '@/app/_shared/source-badge';
import { SOURCE_FINDING_KINDS, type SourceFinding } from '@/lib/schemas/sources';
import { DataTable } from './data-table';

const col = createColumnHelper<SourceFinding>();
const columns = [
  col.accessor('number', { header: 'Number', cell: (c) => `[${c.getValue()}]` }),
  col.accessor('kind', {
    header: 'Finding',
    cell: (c) => <SourceBadge kind={c.getValue()} />,
    // Most severe first, as the report orders them.
    sortingFn: (a, b) =>
      SOURCE_FINDING_KINDS.indexOf(b.original.kind) - SOURCE_FINDING_KINDS.indexOf(a.original.kind),
  }),
  col.accessor((f) => f.detail.message, {
    id: 'detail',
    header: 'Detail',
    enableSorting: false,
    cell: (c) => <WorkLink id={c.row.original.work_id} label={c.getValue()} />,
  }),
  col.accessor((f) => f.claim_ids.length, { id: 'claims', header: 'Claims citing it' }),
];

/**
 * What Crossref and Retraction Watch say about the cited works. Shown only when the report holds
 * source data; otherwise the page says how to get some, so "nothing here" never reads as "all clear".
 */
export function SourceFindingsSection({ findings }: { findings: SourceFinding[] | undefined }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      {findings === undefined ? (
        <p className="muted" data-testid="sources-unchecked">
          The cited works have not been checked: run <code>npm run check-sources -- &lt;slug&gt;</code>{' '}
          (Crossref) or load retraction data with <code>npm run sources:retractions -- &lt;csv&gt;</code>.
        </p>
      ) : (
        <DataTable
          caption="Retracted, questioned or misdescribed works, most severe first"
          columns={columns}
          data={findings}
          testId="sources-table"
        />
      )}
    </section>
  );
}
