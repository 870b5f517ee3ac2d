'use client';

import Link from 'next/link';
import { ArticleSwitcher } from '@/app/_shared/article-switcher';
import { SiteLinks } from '@/app/_shared/site-links';
import { SkipLink } from '@/app/_shared/skip-link';
import { useArticleReport } from '@/app/_shared/use-article-report';
import { AuditSummary } from './audit-summary';
import { FindingTables } from './finding-tables';
import { SectionCoverageChart } from './section-coverage-chart';

export function AuditView({ slug: requested }: { slug: string | null }) {
  const { slug, report, pending } = useArticleReport(requested, 'Auditing the article…');
  const article = slug ? `?article=${encodeURIComponent(slug)}` : '';

  return (
    <main className="audit-page">
      <SkipLink to="audit-content">Skip to the audit</SkipLink>
      <header className="audit-header">
        <h1>Citation audit{report ? `: ${report.title}` : ''}</h1>
        <nav aria-label="Views">
          <Link href={`/${article}`}>Explorer</Link>
          {slug && <Link href={`/read${article}`}>Reader view</Link>}
          <SiteLinks />
        </nav>
        {slug && <ArticleSwitcher slug={slug} basePath="/audit" />}
      </header>
      {pending ??
        (report && (
          <div id="audit-content" tabIndex={-1} className="skip-target">
            <AuditSummary report={report} />
            <SectionCoverageChart sections={report.coverage_by_section} />
            <FindingTables report={report} />
          </div>
        ))}
    </main>
  );
}
