import { queryOptions, useQuery } from '@tanstack/react-query';
import { conceptDetailSchema } from '@/lib/schemas/details';
import { fetchJson, retryOnce } from './fetch-json';

export function conceptDetailQueryOptions(id: string, article: string | null) {
  return queryOptions({
    queryKey: ['concept-detail', id, article],
    queryFn: ({ signal }) =>
      fetchJson('/api/concepts', { id, article: article ?? undefined }, conceptDetailSchema, signal),
    retry: retryOnce,
  });
}

export function useConceptDetail(id: string | null, article: string | null) {
  return useQuery({ ...conceptDetailQueryOptions(id ?? '', article), enabled: id !== null });
}
