import { queryOptions, useQuery } from '@tanstack/react-query';
import { articleListSchema } from '@/lib/schemas/articles';
import { fetchJson, retryOnce } from './fetch-json';

/** How many articles (by slug) the picker lists. */
export const PICKER_ARTICLES = 100;

/** Shared by the client hook and the server's prefetch (app/_server/prefetch-explorer.ts). */
export const articlesQueryKey = ['articles'] as const;

/** The first page of articles (by slug) for the article picker. */
export function articlesQueryOptions() {
  return queryOptions({
    queryKey: articlesQueryKey,
    queryFn: ({ signal }) =>
      fetchJson('/api/articles', { limit: PICKER_ARTICLES }, articleListSchema, signal),
    retry: retryOnce,
  });
}

export function useArticles() {
  return useQuery(articlesQueryOptions());
}
