import { queryOptions, useQuery } from '@tanstack/react-query';
import { type AuditArticles, auditArticlesSchema } from '@/lib/schemas/audit-params';
import { fetchJson } from '@/app/_queries/fetch-json';

export function fetchAuditArticles(signal?: AbortSignal): Promise<AuditArticles> {
  return fetchJson('/api/audit', {}, auditArticlesSchema, signal);
}

export function auditArticlesQueryOptions() {
  return queryOptions({
    queryKey: ['audit', 'articles'],
    queryFn: ({ signal }) => fetchAuditArticles(signal),
  });
}

export function useAuditArticles() {
  return useQuery(auditArticlesQueryOptions());
}
