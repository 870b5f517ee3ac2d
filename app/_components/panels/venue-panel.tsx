import type { VenueDetail } from '@/lib/schemas/details';
import { SelectLink } from './select-link';

export function VenuePanel({ venue }: { venue: VenueDetail }) {
  return (
    <article aria-labelledby="panel-title" data-testid="venue-panel">
      <p className="eyebrow">Venue</p>
      <h2 id="panel-title">{venue.name}</h2>
      <h3>Works ({venue.works.length})</h3>
      <ul className="work-list">
        {venue.works.map((w) => (
          <li key={w.id}>
            <SelectLink sel={{ kind: 'work', id: w.id }}>{w.label}</SelectLink>{' '}
            {w.year !== null ? <span className="muted">({w.year})</span> : null}
          </li>
        ))}
      </ul>
    </article>
  );
}
