'use client';

import Link from 'next/link';
import { useWriteAccess } from '@/app/_queries/write-access';
import { SiteLinks } from '@/app/_shared/site-links';
import { CompareForm } from './compare-form';

/** The page's frame: a comparison costs a parse, so, like a preview, it needs a signed-in browser. */
export function CompareView({ slug }: { slug: string | null }) {
  const access = useWriteAccess();
  return (
    <main className="audit-page compare-page">
      <header className="audit-header">
        <h1>Compare a new version</h1>
        <nav aria-label="Views">
          <Link href="/">Explorer</Link>
          <SiteLinks />
        </nav>
      </header>
      <p className="muted">
        What changed from a loaded article to a new version of it: claims added, removed or reworded, claims
        that gained or lost citations, references added or removed, and coverage before and after. Nothing is
        saved.
      </p>
      {access.data?.write === true ? (
        <CompareForm initialSlug={slug} />
      ) : access.data ? (
        <p>
          Comparing needs this browser signed in: open the one-time link that <code>npm start</code> printed,
          or compare files with <code>npm run audit -- new.md --against old.md</code>.
        </p>
      ) : access.isError ? (
        <p role="alert">
          Whether this browser may compare could not be checked. Reload the page to try again.
        </p>
      ) : (
        <p aria-busy="true">Checking whether this browser may compare…</p>
      )}
    </main>
  );
}
