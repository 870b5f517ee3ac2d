import 'server-only';
import { readTx } from './run-read';

/** What the graph itself says about each article; the audit figures come from lib/audit. */
export interface LibraryRow {
  slug: string;
  title: string;
  format: string | null;
  works: number;
  loadedAt: string | null;
}

const LIBRARY = `
MATCH (a:Article)
RETURN a.slug AS slug, a.title AS title, a.format AS format,
  COUNT { MATCH (a)-[:REFERENCES]->(w:Work) RETURN DISTINCT w } AS works,
  toString(datetime.truncate('millisecond', a.loadedAt)) AS loadedAt
ORDER BY slug`;

/** Every article, by slug. */
export async function listLibrary(): Promise<LibraryRow[]> {
  return readTx((tx) => tx.rows<LibraryRow>(LIBRARY));
}
