import { queryOptions, useQuery } from '@tanstack/react-query';
import { librarySchema } from '@/lib/schemas/library';
import { fetchJson, retryOnce } from './fetch-json';

export const libraryQueryKey = ['library'] as const;

/** Every article with its audit figures (GET /api/library). */
export function useLibrary() {
  return useQuery(
    queryOptions({
      queryKey: libraryQueryKey,
      queryFn: ({ signal }) => fetchJson('/api/library', {}, librarySchema, signal),
      retry: retryOnce,
    }),
  );
}
