'use client';

import Link from 'next/link';
import { WorkSources } from '@/app/_components/panels/work-sources';
import { useWorkPage } from '@/app/_queries/work-page';
import { ErrorState } from '@/app/_shared/error-state';
import { claimHref } from '@/app/_shared/links';
import { WorkExports } from './work-exports';
import { WorkFields } from './work-fields';

/** /works/<id>: a cited work across every article, its fields and its exports. */
export function WorkView({ id }: { id: string }) {
  const { data: w, error, refetch, isPending } = useWorkPage(id);
  return (
    <main className="audit-page detail-page" id="main">
      <header className="audit-header">
        <h1>{w ? (w.title ?? `Reference [${w.articles[0]?.number ?? '?'}]`) : 'Work'}</h1>
        <nav aria-label="Views">
          <Link href={`/?work=${encodeURIComponent(id)}`}>Explorer</Link>
        </nav>
      </header>
      {error ? <ErrorState error={error} onRetry={() => refetch()} what="the work" /> : null}
      {isPending ? <p role="status">Loading the work…</p> : null}
      {w ? (
        <>
          <p className="eyebrow">Work · {w.kind}</p>
          <WorkFields work={w} />
          {w.exports ? <WorkSources id={w.id} heading="h2" /> : null}
          <section aria-labelledby="h-cited-in">
            <h2 id="h-cited-in">Cited in ({w.articles.length})</h2>
            <ul>
              {w.articles.map((a) => (
                <li key={a.slug}>
                  <Link href={`/read?article=${encodeURIComponent(a.slug)}`}>{a.title}</Link> as [{a.number}]
                  {a.listed ? '' : ', with no entry in its reference list'}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="h-claims">
            <h2 id="h-claims">Claims citing it ({w.claims.length})</h2>
            <ul>
              {w.claims.map((c) => (
                <li key={c.id}>
                  <Link href={`${claimHref(c.id)}&article=${encodeURIComponent(c.article)}`}>{c.text}</Link>{' '}
                  <span className="claim-status">
                    in {w.articles.find((a) => a.slug === c.article)?.title ?? c.article}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          {w.concepts.length > 0 ? (
            <section aria-labelledby="h-about">
              <h2 id="h-about">About</h2>
              <ul>
                {w.concepts.map((k) => (
                  <li key={k.id}>
                    <Link href={`/concepts/${encodeURIComponent(k.id)}`}>{k.label}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="h-export">
            <h2 id="h-export">Export</h2>
            <WorkExports work={w} />
          </section>
        </>
      ) : null}
    </main>
  );
}
