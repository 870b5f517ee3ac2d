'use client';

import Link from 'next/link';
import { ArticlePicker } from '@/app/audit/_components/article-picker';
import { QueryError } from '@/app/audit/_components/query-error';
import { useArticleSlug } from '@/app/audit/_components/use-article-slug';
import { useAuditReport } from '@/app/audit/_queries/audit-report';
import { ArticleText } from './article-text';
import { StatusLegend } from './status-legend';

export function ReaderView({ slug: requested }: { slug: string | null }) {
  const { slug, articles } = useArticleSlug(requested);
  const report = useAuditReport(slug);

  let body: React.ReactNode;
  if (slug === null && articles.isError) {
    body = <QueryError error={articles.error} onRetry={() => articles.refetch()} />;
  } else if (slug === null && articles.isSuccess) {
    body = <p>No article has been loaded yet.</p>;
  } else if (report.isError) {
    body = <QueryError error={report.error} onRetry={() => report.refetch()} />;
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
        {slug && <ArticlePicker slug={slug} basePath="/read" />}
      </header>
      {body}
    </main>
  );
}
