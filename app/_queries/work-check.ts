import { queryOptions, useQuery } from '@tanstack/react-query';
import { workCheckSchema } from '@/lib/schemas/sources';
import { fetchJson, retryOnce } from './fetch-json';

/** A work's stored Crossref check and source findings: a read, never a new check. */
export function workCheckQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['work-check', id],
    queryFn: ({ signal }) =>
      fetchJson(`/api/works/${encodeURIComponent(id)}/check`, {}, workCheckSchema, signal),
    retry: retryOnce,
  });
}

export function useWorkCheck(id: string | null) {
  return useQuery({ ...workCheckQueryOptions(id ?? ''), enabled: id !== null });
}
