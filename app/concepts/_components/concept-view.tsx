'use client';

import Link from 'next/link';
import { useConceptEvidence } from '@/app/_queries/concept-evidence';
import { ErrorState } from '@/app/_shared/error-state';
import { ConceptClaims } from './concept-claims';
import { ConceptWorks } from './concept-works';
import { YearTimeline } from './year-timeline';

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** /concepts/<id>: a concept across every article in the graph. */
export function ConceptView({ id }: { id: string }) {
  const { data: c, error, refetch, isPending } = useConceptEvidence(id);
  return (
    <main className="audit-page detail-page" id="main">
      <header className="audit-header">
        <h1>{c ? c.label : 'Concept'}</h1>
        <nav aria-label="Views">
          <Link href={`/?concepts=${encodeURIComponent(id)}`}>Explorer</Link>
        </nav>
      </header>
      {error ? <ErrorState error={error} onRetry={() => refetch()} what="the concept" /> : null}
      {isPending ? <p role="status">Loading the concept…</p> : null}
      {c ? (
        <>
          <p className="eyebrow">
            Concept
            {c.broader ? (
              <>
                {' '}
                · part of{' '}
                <Link href={`/concepts/${encodeURIComponent(c.broader.id)}`}>{c.broader.label}</Link>
              </>
            ) : null}
          </p>
          {c.description ? <p>{c.description}</p> : null}
          {c.aliases.length > 0 ? <p className="muted">Also: {c.aliases.join(', ')}</p> : null}
          <dl className="detail-fields" data-testid="concept-figures">
            <dt>Coverage</dt>
            <dd>
              {c.coverage === null
                ? 'no claim about it needs evidence'
                : `${percent(c.coverage)} of ${c.counts.backed + c.counts.unlisted + c.counts.uncited} claims backed`}
            </dd>
            <dt>Claims</dt>
            <dd>
              {c.counts.backed} cited, {c.counts.uncited} uncited, {c.counts.unlisted} cite an unlisted number
              {c.counts.exempt > 0 ? `, ${c.counts.exempt} need none` : ''}
            </dd>
            <dt>Works</dt>
            <dd>{c.works.length}</dd>
          </dl>
          <section aria-labelledby="h-articles">
            <h2 id="h-articles">Articles that discuss it ({c.articles.length})</h2>
            {c.articles.length === 0 ? (
              <p className="muted">No article mentions it by name.</p>
            ) : (
              <ul>
                {c.articles.map((a) => (
                  <li key={a.slug}>
                    <Link href={`/read?article=${encodeURIComponent(a.slug)}`}>{a.title}</Link>{' '}
                    <span className="claim-status">
                      {a.claims} claim{a.claims === 1 ? '' : 's'}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="h-claims">
            <h2 id="h-claims">Claims by status ({c.claims.length})</h2>
            <ConceptClaims claims={c.claims} articles={c.articles} />
          </section>
          <section aria-labelledby="h-years">
            <h2 id="h-years">Years of the works that back it</h2>
            <YearTimeline years={c.years} undated={c.undated} />
          </section>
          <ConceptWorks concept={c} />
        </>
      ) : null}
    </main>
  );
}
