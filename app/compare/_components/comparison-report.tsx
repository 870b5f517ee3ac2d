import type { ArticleComparison, DraftSentence } from '@/lib/schemas/draft-comparison';
import { ChangeTable } from './change-table';
import { CoverageChange } from './coverage-change';

const numbers = (ns: readonly number[]) => (ns.length === 0 ? '—' : ns.map((n) => `[${n}]`).join(' '));
const line = (s: DraftSentence) => (s.line === undefined ? '' : String(s.line));

type Reference = ArticleComparison['comparison']['references']['added'][number];
const referenceColumns = [
  { header: 'Number', cell: (r: Reference) => `[${r.number}]` },
  { header: 'Entry', cell: (r: Reference) => r.raw ?? '' },
];

/** What changed, one table per kind of change, coverage first. */
export function ComparisonReport({ result }: { result: ArticleComparison }) {
  const { comparison: c } = result;
  return (
    <section className="comparison" aria-labelledby="comparison-heading" data-testid="comparison">
      <h2 id="comparison-heading">
        What changed in “{c.new.title}”
        {c.old.title !== c.new.title && <span className="muted"> (was “{c.old.title}”)</span>}
      </h2>
      <p className="muted">
        {result.format ? `The new version was read as ${result.format}. ` : ''}
        Numbers in brackets are each version’s own; a reference renumbered is no change.{' '}
        <span data-testid="unchanged-count">{c.claims.unchanged}</span> sentences are unchanged.
      </p>
      <CoverageChange coverage={c.coverage} />
      <ChangeTable
        id="claims-added"
        title="Claims added"
        rows={c.claims.added}
        rowKey={(s) => s.id}
        columns={[
          { header: 'Sentence', cell: (s) => s.text },
          { header: 'Cites', cell: (s) => numbers(s.cites) },
          { header: 'Line', cell: line },
        ]}
      />
      <ChangeTable
        id="claims-removed"
        title="Claims removed"
        rows={c.claims.removed}
        rowKey={(s) => s.id}
        columns={[
          { header: 'Sentence', cell: (s) => s.text },
          { header: 'Cited', cell: (s) => numbers(s.cites) },
        ]}
      />
      <ChangeTable
        id="claims-reworded"
        title="Claims reworded"
        rows={c.claims.reworded}
        rowKey={(r) => `${r.old.id}>${r.new.id}`}
        columns={[
          { header: 'Before', cell: (r) => r.old.text },
          { header: 'After', cell: (r) => r.new.text },
          { header: 'Words shared', cell: (r) => `${Math.round(r.similarity * 100)}%` },
        ]}
      />
      <ChangeTable
        id="citations-changed"
        title="Claims that gained or lost citations"
        rows={c.claims.citations_changed}
        rowKey={(r) => `${r.old.id}>${r.new.id}`}
        columns={[
          { header: 'Sentence (new version)', cell: (r) => r.new.text },
          { header: 'Gained (new numbers)', cell: (r) => numbers(r.gained) },
          { header: 'Lost (old numbers)', cell: (r) => numbers(r.lost) },
        ]}
      />
      <ChangeTable
        id="references-added"
        title="References added"
        rows={c.references.added}
        rowKey={(r) => String(r.number)}
        columns={referenceColumns}
      />
      <ChangeTable
        id="references-removed"
        title="References removed"
        rows={c.references.removed}
        rowKey={(r) => String(r.number)}
        columns={referenceColumns}
      />
    </section>
  );
}
