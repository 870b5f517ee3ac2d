'use client';

import type { ReactNode } from 'react';
import { useAuditReport } from '@/app/_queries/audit-report';
import { ErrorState } from './error-state';
import { useArticleSlug } from './use-article-slug';

/**
 * The article's audit report for the pages built on it (/audit and /read), and what to show while
 * there is none yet: an error with a retry, a note that no article is loaded, or a busy line.
 * `pending` is null once the report is there.
 */
export function useArticleReport(requested: string | null, loadingText: string) {
  const { slug, articles } = useArticleSlug(requested);
  const report = useAuditReport(slug);

  let pending: ReactNode = null;
  if (slug === null && articles.isError) {
    pending = <ErrorState what="the audit" error={articles.error} onRetry={() => articles.refetch()} />;
  } else if (slug === null && articles.isSuccess) {
    pending = <p>No article has been loaded yet. Load one with `npm run ingest -- &lt;file&gt;`.</p>;
  } else if (report.isError) {
    pending = <ErrorState what="the audit" error={report.error} onRetry={() => report.refetch()} />;
  } else if (!report.data) {
    pending = <p aria-busy="true">{loadingText}</p>;
  }
  return { slug, report: report.data, pending };
}
