import Link from 'next/link';
import type { ConceptEvidence } from '@/lib/schemas/concept-evidence';

const workPage = (id: string) => `/works/${encodeURIComponent(id)}`;

/** How a work backs the concept, in words. */
function why(w: ConceptEvidence['works'][number]): string {
  const cited =
    w.citingClaims > 0 ? `cited by ${w.citingClaims} claim${w.citingClaims === 1 ? '' : 's'}` : '';
  return [cited, w.about ? 'about it' : ''].filter(Boolean).join(', ');
}

/** The works that back the concept, then its most frequent authors and venues. */
export function ConceptWorks({ concept }: { concept: ConceptEvidence }) {
  return (
    <>
      <section aria-labelledby="h-works">
        <h2 id="h-works">Works that back it ({concept.works.length})</h2>
        {concept.works.length === 0 ? (
          <p className="muted">No claim about it cites a work, and no work is about it.</p>
        ) : (
          <ul>
            {concept.works.map((w) => (
              <li key={w.id}>
                <Link href={workPage(w.id)}>{w.title ?? 'Untitled (not in a reference list)'}</Link>
                {w.year !== null ? ` (${w.year})` : ''} <span className="claim-status">{why(w)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-authors">
        <h2 id="h-authors">Top authors</h2>
        <Tally items={concept.topAuthors} empty="No author known." />
      </section>
      <section aria-labelledby="h-venues">
        <h2 id="h-venues">Top venues</h2>
        <Tally items={concept.topVenues} empty="No venue known." />
      </section>
    </>
  );
}

function Tally({ items, empty }: { items: ConceptEvidence['topAuthors']; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol>
      {items.map((t) => (
        <li key={t.id}>
          {t.label}{' '}
          <span className="claim-status">
            {t.works} work{t.works === 1 ? '' : 's'}
          </span>
        </li>
      ))}
    </ol>
  );
}
