'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useAuthorDetail } from '@/app/_queries/author-detail';
import { useClaimTrace } from '@/app/_queries/claim-trace';
import { useConceptDetail } from '@/app/_queries/concept-detail';
import { useVenueDetail } from '@/app/_queries/venue-detail';
import { useWorkDetail } from '@/app/_queries/work-detail';
import type { Selection } from '@/lib/schemas/explorer-params';
import { ErrorState } from '@/app/_shared/error-state';
import { AuthorPanel } from './author-panel';
import { ClaimPanel } from './claim-panel';
import { ConceptPanel } from './concept-panel';
import { VenuePanel } from './venue-panel';
import { WorkPanel } from './work-panel';

interface Props {
  selection: Selection;
  article: string | null;
  onExpand: ((id: string) => void) | null;
}

/** Details of the selected node, fetched per kind; one query is enabled at a time. */
export function SidePanel({ selection, article, onExpand }: Props) {
  const id = (kind: string) => (selection?.kind === kind ? selection.id : null);
  const claim = useClaimTrace(id('claim'));
  const work = useWorkDetail(id('work'), article);
  const author = useAuthorDetail(id('author'), article);
  const concept = useConceptDetail(id('concept'), article);
  const venue = useVenueDetail(id('venue'), article);

  let body: ReactNode;
  if (!selection) {
    body = (
      <div className="panel-empty">
        <h2 id="panel-title">Pick a claim</h2>
        <p>
          Click a claim on the canvas, choose one in the outline, or search. Its evidence lights up: the works
          it cites, their authors and where they appeared.
        </p>
      </div>
    );
  } else {
    const show = <T,>(q: UseQueryResult<T>, what: string, render: (d: T) => ReactNode) =>
      q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} what={what} />
      ) : q.data ? (
        render(q.data)
      ) : (
        <p aria-busy="true">Loading {what}…</p>
      );
    body = {
      claim: () => show(claim, 'the claim', (d) => <ClaimPanel claim={d} />),
      work: () => show(work, 'the work', (d) => <WorkPanel work={d} />),
      author: () => show(author, 'the author', (d) => <AuthorPanel author={d} />),
      concept: () => show(concept, 'the concept', (d) => <ConceptPanel concept={d} />),
      venue: () => show(venue, 'the venue', (d) => <VenuePanel venue={d} />),
    }[selection.kind]();
  }
  return (
    // A region of the main landmark, not an aside: the explorer's body is its main (a phone hides the canvas).
    <section className="side-panel" aria-label="Details">
      {body}
      {selection && onExpand && selection.kind !== 'claim' ? (
        <button type="button" className="expand" onClick={() => onExpand(selection.id)}>
          Show all its neighbours on the canvas
        </button>
      ) : null}
    </section>
  );
}
