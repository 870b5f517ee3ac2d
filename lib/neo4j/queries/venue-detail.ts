import 'server-only';
import type { VenueDetail } from '@/lib/schemas/details';
import { readTx } from './run-read';

export interface VenueDetailParams {
  id: string;
  article?: string;
  limit?: number;
}

const VENUE = `
MATCH (v:Venue {id: $id})
OPTIONAL MATCH (scope:Article {slug: $article})
RETURN v.id AS id, v.name AS name,
  COLLECT {
    MATCH (w:Work)-[:PUBLISHED_IN]->(v)
    WHERE scope IS NULL OR exists { (scope)-[:REFERENCES]->(w) }
    WITH w ORDER BY w.year, w.title LIMIT $limit
    RETURN w {.id, label: coalesce(w.title, w.id), .year} AS item
  } AS works`;

/** A venue with the works that appeared in it. */
export async function getVenueDetail(params: VenueDetailParams): Promise<VenueDetail | null> {
  return readTx((tx) =>
    tx.one<VenueDetail>(VENUE, {
      id: params.id,
      article: params.article ?? null,
      limit: params.limit ?? 100,
    }),
  );
}
