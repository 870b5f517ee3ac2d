import { queryOptions, useQuery } from '@tanstack/react-query';
import { workDetailSchema } from '@/lib/schemas/details';
import { fetchJson, retryOnce } from './fetch-json';

export function workDetailQueryOptions(id: string, article: string | null) {
  return queryOptions({
    queryKey: ['work-detail', id, article],
    queryFn: ({ signal }) =>
      fetchJson('/api/works', { id, article: article ?? undefined }, workDetailSchema, signal),
    retry: retryOnce,
  });
}

export function useWorkDetail(id: string | null, article: string | null) {
  return useQuery({ ...workDetailQueryOptions(id ?? '', article), enabled: id !== null });
}
