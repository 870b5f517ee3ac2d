import { queryOptions, useQuery } from '@tanstack/react-query';
import { writeAccessSchema } from '@/lib/schemas/write-access';
import { fetchJson, retryOnce } from './fetch-json';

/** Whether this browser may write; while unknown or on error, pages offer no writes. */
export function useWriteAccess() {
  return useQuery(
    queryOptions({
      queryKey: ['write-access'],
      queryFn: ({ signal }) => fetchJson('/api/write-access', {}, writeAccessSchema, signal),
      retry: retryOnce,
      staleTime: 60_000,
    }),
  );
}
