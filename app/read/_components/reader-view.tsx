'use client';

import Link from 'next/link';
import { ArticleSwitcher } from '@/app/_shared/article-switcher';
import { SiteLinks } from '@/app/_shared/site-links';
import { SkipLink } from '@/app/_shared/skip-link';
import { useArticleReport } from '@/app/_shared/use-article-report';
import { ArticleText } from './article-text';
import { SelectedClaim } from './selected-claim';
import { StatusLegend } from './status-legend';
import { useFocusClaim } from './use-focus-claim';

export function ReaderView({ slug: requested, claim }: { slug: string | null; claim: string | null }) {
  const { slug, report, pending } = useArticleReport(requested, 'Loading the article…');
  useFocusClaim(claim, report !== undefined);
  const article = slug ? `?article=${encodeURIComponent(slug)}` : '';

  return (
    <main className="reader-page">
      <SkipLink to="reader-content">Skip to the text</SkipLink>
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
          <div id="reader-content" tabIndex={-1} className="skip-target">
            <StatusLegend summary={report.summary} claims={report.claims} />
            {claim ? <SelectedClaim report={report} claimId={claim} /> : null}
            <ArticleText report={report} selected={claim} />
          </div>
        ))}
    </main>
  );
}
