import Link from 'next/link';
import { statusLabels } from '@/app/_components/evidence-badge';
import { claimHref } from '@/app/_shared/links';
import type { ConceptEvidence } from '@/lib/schemas/concept-evidence';
import { evidenceStatuses } from '@/lib/schemas/graph';

/** The claims mentioning the concept, grouped by evidence status, each opening in the explorer. */
export function ConceptClaims({ claims, articles }: Pick<ConceptEvidence, 'claims' | 'articles'>) {
  const title = new Map(articles.map((a) => [a.slug, a.title]));
  if (claims.length === 0) return <p className="muted">No claim in any article mentions it.</p>;
  return (
    <>
      {evidenceStatuses.map((status) => {
        const group = claims.filter((c) => c.status === status);
        if (group.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`claims-${status}`}>
            <h3 id={`claims-${status}`}>
              {statusLabels[status].label} ({group.length})
            </h3>
            <ul>
              {group.map((c) => (
                <li key={c.id}>
                  <Link href={`${claimHref(c.id)}&article=${encodeURIComponent(c.article)}`}>{c.text}</Link>{' '}
                  <span className="claim-status">in {title.get(c.article) ?? c.article}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
