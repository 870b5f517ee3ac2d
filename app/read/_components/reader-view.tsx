'use client';

import Link from 'next/link';
import { useAuditReport } from '@/app/_queries/audit-report';
import { ArticleSwitcher } from '@/app/_shared/article-switcher';
import { ErrorState } from '@/app/_shared/error-state';
import { useArticleSlug } from '@/app/_shared/use-article-slug';
import { ArticleText } from './article-text';
import { StatusLegend } from './status-legend';

export function ReaderView({ slug: requested }: { slug: string | null }) {
  const { slug, articles } = useArticleSlug(requested);
  const report = useAuditReport(slug);

  let body: React.ReactNode;
  if (slug === null && articles.isError) {
    body = <ErrorState what="the audit" error={articles.error} onRetry={() => articles.refetch()} />;
  } else if (slug === null && articles.isSuccess) {
    body = <p>No article has been loaded yet.</p>;
  } else if (report.isError) {
    body = <ErrorState what="the audit" error={report.error} onRetry={() => report.refetch()} />;
  } else if (!report.data) {
    body = <p aria-busy="true">Loading the article…</p>;
  } else {
    body = (
      <>
        <StatusLegend summary={report.data.summary} />
        <ArticleText report={report.data} />
      </>
    );
  }

  return (
    <main className="reader-page">
      <header className="audit-header">
        <h1>{report.data?.title ?? 'Reader'}</h1>
        <nav aria-label="Views">
          <Link href="/">Explorer</Link>
          {slug && <Link href={`/audit?article=${encodeURIComponent(slug)}`}>Citation audit</Link>}
        </nav>
        {slug && <ArticleSwitcher slug={slug} basePath="/read" />}
      </header>
      {body}
    </main>
  );
}
