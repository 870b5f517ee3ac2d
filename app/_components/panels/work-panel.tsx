import Link from 'next/link';
import type { WorkDetail } from '@/lib/schemas/details';
import { ClaimList } from './claim-list';
import { ConceptLinks } from './concept-links';
import { Reference } from './reference';
import { SelectLink } from './select-link';
import { WorkSources } from './work-sources';

export function WorkPanel({ work }: { work: WorkDetail }) {
  return (
    <article aria-labelledby="panel-title" data-testid="work-panel">
      <p className="eyebrow">
        Work {work.number !== null ? `[${work.number}]` : ''} ·{' '}
        {work.listed ? 'in the reference list' : 'not in the reference list'}
      </p>
      <h2 id="panel-title">{work.title ?? `Reference [${work.number ?? '?'}]`}</h2>
      {work.reference ? <Reference value={work.reference} /> : null}
      {!work.listed ? (
        <p className="unlisted-note">
          The article cites this number, but its reference list has no entry for it.
        </p>
      ) : null}
      {work.authors.length > 0 || work.venue ? (
        <p className="links">
          {work.authors.map((a) => (
            <SelectLink key={a.id} sel={{ kind: 'author', id: a.id }}>
              {a.label}
            </SelectLink>
          ))}
          {work.venue ? (
            <SelectLink sel={{ kind: 'venue', id: work.venue.id }} className="venue-link">
              {work.venue.label}
            </SelectLink>
          ) : null}
        </p>
      ) : null}
      <p>
        <Link href={`/works/${encodeURIComponent(work.id)}`} data-testid="work-page-link">
          Fields, every citing article and export
        </Link>
      </p>
      {work.listed ? <WorkSources id={work.id} /> : null}
      <h3>Claims citing it ({work.claims.length})</h3>
      <ClaimList claims={work.claims} empty="No claim in this article cites it." />
      <ConceptLinks title="About" concepts={work.concepts} />
    </article>
  );
}
