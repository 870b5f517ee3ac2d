import { queryOptions, useQuery } from '@tanstack/react-query';
import { articleListSchema } from '@/lib/schemas/articles';
import { fetchJson, retryOnce } from './fetch-json';

/** The first page of articles (by slug) for the article picker. */
export function articlesQueryOptions() {
  return queryOptions({
    queryKey: ['articles'],
    queryFn: ({ signal }) => fetchJson('/api/articles', { limit: 100 }, articleListSchema, signal),
    retry: retryOnce,
  });
}

export function useArticles() {
  return useQuery(articlesQueryOptions());
}
