import { queryOptions, useQuery } from '@tanstack/react-query';
import { claimDetailSchema } from '@/lib/schemas/details';
import { fetchJson, retryOnce } from './fetch-json';

export function claimTraceQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['claim', id],
    queryFn: ({ signal }) => fetchJson('/api/claims', { id }, claimDetailSchema, signal),
    retry: retryOnce,
  });
}

export function useClaimTrace(id: string | null) {
  return useQuery({ ...claimTraceQueryOptions(id ?? ''), enabled: id !== null });
}
