import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { searchResultSchema } from '@/lib/schemas/details';
import { fetchJson, retryOnce } from './fetch-json';

export function searchQueryOptions(q: string, article: string | null) {
  return queryOptions({
    queryKey: ['search', q, article],
    queryFn: ({ signal }) =>
      fetchJson('/api/search', { q, article: article ?? undefined }, searchResultSchema, signal),
    retry: retryOnce,
    staleTime: 60_000,
  });
}

/** Results for the (already debounced) text; the previous list stays while the next loads. */
export function useSearch(q: string, article: string | null) {
  return useQuery({
    ...searchQueryOptions(q, article),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
