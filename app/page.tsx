import { Suspense } from 'react';
import { Explorer } from './_components/explorer';

/** The explorer: an article's claims and their evidence as a graph, with an outline beside it. */
export default function HomePage() {
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <Explorer />
    </Suspense>
  );
}
