import { FINDING_KINDS, FINDING_LABELS } from '@/lib/schemas/audit-report';
import type { ArticlePreview } from '@/lib/schemas/articles';

const TOP_UNCITED = 5;
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The audit of the article as it would be saved: coverage, findings per kind, the riskiest gaps. */
export function PreviewSummary({ preview }: { preview: ArticlePreview }) {
  const { summary, findings } = preview.report;
  const found = FINDING_KINDS.filter((kind) => (summary.findings[kind] ?? 0) > 0);
  const uncited = findings.uncited.slice(0, TOP_UNCITED);
  return (
    <section className="preview-summary" aria-labelledby="preview-heading" data-testid="preview-summary">
      <h2 id="preview-heading">Preview: {preview.title}</h2>
      <p className="muted">
        {preview.format ? `Read as ${preview.format}. ` : ''}
        {preview.replaces
          ? `Saving replaces the article “${preview.slug}” that is loaded now.`
          : 'Nothing has been saved yet.'}
      </p>
      <dl className="preview-figures">
        <div>
          <dt>Coverage</dt>
          <dd>{percent(summary.coverage)}</dd>
        </div>
        <div>
          <dt>Claims needing evidence</dt>
          <dd>{summary.claims}</dd>
        </div>
        <div>
          <dt>Backed</dt>
          <dd>{summary.backed}</dd>
        </div>
        <div>
          <dt>References</dt>
          <dd>{preview.report.references_listed.length}</dd>
        </div>
      </dl>
      <h3>Findings</h3>
      {found.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {found.map((kind) => (
            <li key={kind}>
              {FINDING_LABELS[kind]}: {summary.findings[kind]}
            </li>
          ))}
        </ul>
      )}
      {uncited.length > 0 && (
        <>
          <h3>Riskiest uncited claims</h3>
          <ol>
            {uncited.map((f) => (
              <li key={f.claim_id}>
                {f.text} <span className="muted">({f.section})</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
