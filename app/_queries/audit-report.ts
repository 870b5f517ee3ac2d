import { queryOptions, useQuery } from '@tanstack/react-query';
import { type AuditReport, auditReportSchema } from '@/lib/schemas/audit-report';
import { fetchJson } from '@/app/_queries/fetch-json';

/** URL of an article's audit; `format` gives the download links the same source. */
export function auditReportUrl(slug: string, format?: 'csv' | 'json'): string {
  const base = `/api/audit/${encodeURIComponent(slug)}`;
  if (format === 'csv') return `${base}?format=csv`;
  if (format === 'json') return `${base}?format=json&download=1`;
  return base;
}

export function fetchAuditReport(slug: string, signal?: AbortSignal): Promise<AuditReport> {
  return fetchJson(auditReportUrl(slug), {}, auditReportSchema, signal);
}

export function auditReportQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['audit', 'report', slug],
    queryFn: ({ signal }) => fetchAuditReport(slug, signal),
  });
}

export function useAuditReport(slug: string | null) {
  return useQuery({ ...auditReportQueryOptions(slug ?? ''), enabled: slug !== null });
}
