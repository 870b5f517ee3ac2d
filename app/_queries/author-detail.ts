import { queryOptions, useQuery } from '@tanstack/react-query';
import { authorDetailSchema } from '@/lib/schemas/details';
import { fetchJson, retryOnce } from './fetch-json';

export function authorDetailQueryOptions(id: string, article: string | null) {
  return queryOptions({
    queryKey: ['author-detail', id, article],
    queryFn: ({ signal }) =>
      fetchJson('/api/authors', { id, article: article ?? undefined }, authorDetailSchema, signal),
    retry: retryOnce,
  });
}

export function useAuthorDetail(id: string | null, article: string | null) {
  return useQuery({ ...authorDetailQueryOptions(id ?? '', article), enabled: id !== null });
}
