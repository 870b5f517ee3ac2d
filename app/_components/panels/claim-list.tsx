import type { ClaimRef } from '@/lib/schemas/details';
import { statusLabels } from '../evidence-badge';
import { SelectLink } from './select-link';

/** Claims as links, each with its evidence status in words. */
export function ClaimList({ claims, empty }: { claims: ClaimRef[]; empty: string }) {
  if (claims.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="claim-list">
      {claims.map((c) => (
        <li key={c.id}>
          <SelectLink sel={{ kind: 'claim', id: c.id }}>{c.text}</SelectLink>{' '}
          <span className={`tag tag-${c.status}`}>{statusLabels[c.status].short}</span>
        </li>
      ))}
    </ul>
  );
}
