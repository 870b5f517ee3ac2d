import { queryOptions, useQuery } from '@tanstack/react-query';
import { articleGraphSchema } from '@/lib/schemas/graph';
import { fetchJson, retryOnce } from './fetch-json';

export function articleGraphQueryOptions(article: string | null) {
  return queryOptions({
    queryKey: ['graph', article ?? '(first)'],
    queryFn: ({ signal }) => fetchJson('/api/graph', { article: article ?? undefined }, articleGraphSchema, signal),
    retry: retryOnce,
    staleTime: 5 * 60_000,
  });
}

export function useArticleGraph(article: string | null) {
  return useQuery(articleGraphQueryOptions(article));
}
