'use client';

import Link from 'next/link';
import { ArticleSwitcher } from '@/app/_shared/article-switcher';
import { SiteLinks } from '@/app/_shared/site-links';
import { useArticleReport } from '@/app/_shared/use-article-report';
import { ArticleText } from './article-text';
import { StatusLegend } from './status-legend';

export function ReaderView({ slug: requested }: { slug: string | null }) {
  const { slug, report, pending } = useArticleReport(requested, 'Loading the article…');
  const article = slug ? `?article=${encodeURIComponent(slug)}` : '';

  return (
    <main className="reader-page">
      <header className="audit-header">
        <h1>{report?.title ?? 'Reader'}</h1>
        <nav aria-label="Views">
          <Link href={`/${article}`}>Explorer</Link>
          {slug && <Link href={`/audit${article}`}>Citation audit</Link>}
          <SiteLinks />
        </nav>
        {slug && <ArticleSwitcher slug={slug} basePath="/read" />}
      </header>
      {pending ??
        (report && (
          <>
            <StatusLegend summary={report.summary} claims={report.claims} />
            <ArticleText report={report} />
          </>
        ))}
    </main>
  );
}
