'use client';

import Link from 'next/link';
import { ErrorState } from '@/app/_shared/error-state';
import { useLibrary } from '@/app/_queries/library';
import { useWriteAccess } from '@/app/_queries/write-access';
import { LibraryTable } from './library-table';

export function LibraryView() {
  const library = useLibrary();
  const canWrite = useWriteAccess().data?.write === true;

  return (
    <main className="audit-page library-page">
      <header className="audit-header">
        <h1>Library</h1>
        <nav aria-label="Views">
          <Link href="/">Explorer</Link>
          {canWrite && <Link href="/add">Add article</Link>}
        </nav>
      </header>
      {library.isError ? (
        <ErrorState what="the library" error={library.error} onRetry={() => library.refetch()} />
      ) : !library.data ? (
        <p aria-busy="true">Loading the library…</p>
      ) : library.data.articles.length === 0 ? (
        <p>
          No article has been loaded yet.{' '}
          {canWrite ? <Link href="/add">Add one</Link> : 'Load one with `npm run ingest -- <file>`.'}
        </p>
      ) : (
        <LibraryTable articles={library.data.articles} canWrite={canWrite} />
      )}
    </main>
  );
}
