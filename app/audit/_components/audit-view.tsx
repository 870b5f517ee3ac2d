'use client';

import Link from 'next/link';
import { useAuditReport } from '@/app/_queries/audit-report';
import { ArticleSwitcher } from '@/app/_shared/article-switcher';
import { ErrorState } from '@/app/_shared/error-state';
import { useArticleSlug } from '@/app/_shared/use-article-slug';
import { FindingTables } from './finding-tables';
import { SectionCoverageChart } from './section-coverage-chart';
import { AuditSummary } from './audit-summary';

export function AuditView({ slug: requested }: { slug: string | null }) {
  const { slug, articles } = useArticleSlug(requested);
  const report = useAuditReport(slug);

  let body: React.ReactNode;
  if (slug === null && articles.isError) {
    body = <ErrorState what="the audit" error={articles.error} onRetry={() => articles.refetch()} />;
  } else if (slug === null && articles.isSuccess) {
    body = <p>No article has been loaded yet. Load one with `npm run ingest -- &lt;file&gt;`.</p>;
  } else if (report.isError) {
    body = <ErrorState what="the audit" error={report.error} onRetry={() => report.refetch()} />;
  } else if (!report.data) {
    body = <p aria-busy="true">Auditing the article…</p>;
  } else {
    body = (
      <>
        <AuditSummary report={report.data} />
        <SectionCoverageChart sections={report.data.coverage_by_section} />
        <FindingTables report={report.data} />
      </>
    );
  }

  return (
    <main className="audit-page">
      <header className="audit-header">
        <h1>Citation audit{report.data ? `: ${report.data.title}` : ''}</h1>
        <nav aria-label="Views">
          <Link href="/">Explorer</Link>
          {slug && <Link href={`/read?article=${encodeURIComponent(slug)}`}>Reader view</Link>}
        </nav>
        {slug && <ArticleSwitcher slug={slug} basePath="/audit" />}
      </header>
      {body}
    </main>
  );
}
