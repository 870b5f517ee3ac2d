import Link from 'next/link';
import type { ConceptDetail } from '@/lib/schemas/details';
import { ClaimList } from './claim-list';
import { SelectLink } from './select-link';

export function ConceptPanel({ concept }: { concept: ConceptDetail }) {
  return (
    <article aria-labelledby="panel-title" data-testid="concept-panel">
      <p className="eyebrow">
        Concept
        {concept.broader ? (
          <>
            {' '}
            · part of{' '}
            <SelectLink sel={{ kind: 'concept', id: concept.broader.id }}>{concept.broader.label}</SelectLink>
          </>
        ) : null}
      </p>
      <h2 id="panel-title">{concept.label}</h2>
      {concept.description ? <p>{concept.description}</p> : null}
      {concept.aliases.length > 0 ? <p className="muted small">Also: {concept.aliases.join(', ')}</p> : null}
      <p>
        <Link href={`/concepts/${encodeURIComponent(concept.id)}`} data-testid="concept-page-link">
          Evidence across all articles
        </Link>
      </p>
      <h3>Claims mentioning it ({concept.claims.length})</h3>
      <ClaimList claims={concept.claims} empty="No claim in this article mentions it." />
      <h3>Works about it ({concept.works.length})</h3>
      <ul className="work-list">
        {concept.works.map((w) => (
          <li key={w.id}>
            <SelectLink sel={{ kind: 'work', id: w.id }}>{w.label}</SelectLink>
          </li>
        ))}
      </ul>
    </article>
  );
}
