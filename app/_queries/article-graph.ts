import { queryOptions, useQuery } from '@tanstack/react-query';
import { articleGraphSchema } from '@/lib/schemas/graph';
import { fetchJson, retryOnce } from './fetch-json';

/** Shared by the client hook and the server's prefetch (app/_server/prefetch-explorer.ts). */
export function articleGraphQueryKey(article: string | null) {
  return ['graph', article ?? '(first)'] as const;
}

/** Long enough that a graph embedded in the page is never fetched again on the first visit. */
export const ARTICLE_GRAPH_STALE_MS = 5 * 60_000;

export function articleGraphQueryOptions(article: string | null) {
  return queryOptions({
    queryKey: articleGraphQueryKey(article),
    queryFn: ({ signal }) =>
      fetchJson('/api/graph', { article: article ?? undefined }, articleGraphSchema, signal),
    retry: retryOnce,
    staleTime: ARTICLE_GRAPH_STALE_MS,
  });
}

export function useArticleGraph(article: string | null) {
  return useQuery(articleGraphQueryOptions(article));
}
