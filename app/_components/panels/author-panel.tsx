import type { AuthorDetail } from '@/lib/schemas/details';
import { ClaimList } from './claim-list';
import { SelectLink } from './select-link';

export function AuthorPanel({ author }: { author: AuthorDetail }) {
  return (
    <article aria-labelledby="panel-title" data-testid="author-panel">
      <p className="eyebrow">Author</p>
      <h2 id="panel-title">{author.display}</h2>
      <h3>Works ({author.works.length})</h3>
      <ul className="work-list">
        {author.works.map((w) => (
          <li key={w.id}>
            <SelectLink sel={{ kind: 'work', id: w.id }}>
              {w.number !== null ? `[${w.number}] ` : ''}
              {w.title ?? w.id}
            </SelectLink>{' '}
            {w.year !== null ? <span className="muted">({w.year})</span> : null}
          </li>
        ))}
      </ul>
      <h3>Claims citing these works ({author.claims.length})</h3>
      <ClaimList claims={author.claims} empty="No claim in this article cites them." />
    </article>
  );
}
