import { queryOptions } from '@tanstack/react-query';
import { neighbourhoodSchema } from '@/lib/schemas/graph';
import { fetchJson, retryOnce } from './fetch-json';

/** Used imperatively (expand on demand), so there is no hook: callers use queryClient.fetchQuery. */
export function neighbourhoodQueryOptions(id: string, skip: number) {
  return queryOptions({
    queryKey: ['neighbourhood', id, skip],
    queryFn: ({ signal }) => fetchJson('/api/graph/neighbourhood', { id, skip }, neighbourhoodSchema, signal),
    retry: retryOnce,
  });
}
