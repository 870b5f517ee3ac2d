import { queryOptions, useQuery } from '@tanstack/react-query';
import { venueDetailSchema } from '@/lib/schemas/details';
import { fetchJson, retryOnce } from './fetch-json';

export function venueDetailQueryOptions(id: string, article: string | null) {
  return queryOptions({
    queryKey: ['venue-detail', id, article],
    queryFn: ({ signal }) =>
      fetchJson('/api/venues', { id, article: article ?? undefined }, venueDetailSchema, signal),
    retry: retryOnce,
  });
}

export function useVenueDetail(id: string | null, article: string | null) {
  return useQuery({ ...venueDetailQueryOptions(id ?? '', article), enabled: id !== null });
}
