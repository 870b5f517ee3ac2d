import type { DraftComparison } from '@/lib/schemas/draft-comparison';

type Coverage = DraftComparison['coverage']['before'];
const percent = (x: number) => `${Math.round(x * 100)}%`;

function Figure({ label, coverage, testId }: { label: string; coverage: Coverage; testId: string }) {
  return (
    <div className={testId}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{percent(coverage.coverage)}</dd>
      <dd className="muted">
        {coverage.backed} of {coverage.claims} claims backed
      </dd>
    </div>
  );
}

/** Coverage of the loaded article, then of the new version: the headline of a comparison. */
export function CoverageChange({ coverage }: { coverage: DraftComparison['coverage'] }) {
  const delta = Math.round(coverage.after.coverage * 100) - Math.round(coverage.before.coverage * 100);
  return (
    <section aria-labelledby="coverage-change-heading">
      <h3 id="coverage-change-heading">Coverage before → after</h3>
      <dl className="coverage-change">
        <Figure label="Loaded" coverage={coverage.before} testId="coverage-before" />
        <Figure label="New version" coverage={coverage.after} testId="coverage-after" />
        <div>
          <dt>Change</dt>
          <dd data-testid="coverage-delta">
            {delta > 0 ? '+' : delta < 0 ? '−' : '±'}
            {Math.abs(delta)} points
          </dd>
        </div>
      </dl>
    </section>
  );
}
