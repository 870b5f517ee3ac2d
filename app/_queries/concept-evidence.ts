import { queryOptions, useQuery } from '@tanstack/react-query';
import { conceptEvidenceSchema } from '@/lib/schemas/concept-evidence';
import { fetchJson, retryOnce } from './fetch-json';

/** A concept across every article, for the concept page. */
export function conceptEvidenceQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['concept-evidence', id],
    queryFn: ({ signal }) =>
      fetchJson(`/api/concepts/${encodeURIComponent(id)}`, {}, conceptEvidenceSchema, signal),
    retry: retryOnce,
  });
}

export function useConceptEvidence(id: string) {
  return useQuery(conceptEvidenceQueryOptions(id));
}
