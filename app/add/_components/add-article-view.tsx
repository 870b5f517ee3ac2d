'use client';

import Link from 'next/link';
import { useWriteAccess } from '@/app/_queries/write-access';
import { SiteLinks } from '@/app/_shared/site-links';
import { AddArticleForm } from './add-article-form';

export function AddArticleView() {
  const access = useWriteAccess();
  return (
    <main className="audit-page add-page">
      <header className="audit-header">
        <h1>Add an article</h1>
        <nav aria-label="Views">
          <Link href="/">Explorer</Link>
          <SiteLinks />
        </nav>
      </header>
      {access.data?.write === true ? (
        <AddArticleForm />
      ) : access.data ? (
        <p>
          Adding articles needs this browser signed in: open the one-time link that <code>npm start</code>{' '}
          printed, or load files with <code>npm run ingest -- &lt;file&gt;</code>.
        </p>
      ) : access.isError ? (
        <p role="alert">
          Whether this browser may add articles could not be checked. Reload the page to try again.
        </p>
      ) : (
        <p aria-busy="true">Checking whether this browser may add articles…</p>
      )}
    </main>
  );
}
