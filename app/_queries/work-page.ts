import { queryOptions, useQuery } from '@tanstack/react-query';
import { workPageSchema } from '@/lib/schemas/work-page';
import { fetchJson, retryOnce } from './fetch-json';

/** A work across every article, for the work page. */
export function workPageQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['work-page', id],
    queryFn: ({ signal }) => fetchJson(`/api/works/${encodeURIComponent(id)}`, {}, workPageSchema, signal),
    retry: retryOnce,
  });
}

export function useWorkPage(id: string) {
  return useQuery(workPageQueryOptions(id));
}
