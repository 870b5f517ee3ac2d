import 'server-only';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { documentFromRecord } from './document-from-record';
import { databaseName, getDriver } from './driver';

/*
 * Reads one article back as the GraphDocument it was loaded from, so the audit rules run on the
 * graph exactly as they run on a file. One query, one round trip; every list ordered.
 */
const ARTICLE_DOCUMENT = `
MATCH (a:Article {slug: $slug})
CALL (a) {
  MATCH (a)-[:HAS_SECTION]->(s:Section)
  RETURN collect(s {.id, .title, .order}) AS sections
}
CALL (a) {
  MATCH (a)-[:HAS_SECTION]->(s:Section)-[:HAS_CLAIM]->(c:Claim)
  OPTIONAL MATCH (c)-[:MENTIONS]->(k:Concept)
  WITH s, c, collect(k.id) AS conceptIds
  OPTIONAL MATCH (c)-[x:CITES]->(:Work)
  WITH s, c, conceptIds, collect(x {.number, .marker}) AS cites
  RETURN collect(c {.*, sectionId: s.id, conceptIds: conceptIds, cites: cites}) AS claims
}
CALL (a) {
  MATCH (a)-[r:REFERENCES]->(w:Work)
  OPTIONAL MATCH (w)-[ab:AUTHORED_BY]->(p:Author)
  WITH r, w, p ORDER BY ab.position
  WITH r, w, collect(p {.*}) AS authors
  OPTIONAL MATCH (w)-[:PUBLISHED_IN]->(v:Venue)
  OPTIONAL MATCH (w)-[:ABOUT]->(k:Concept)
  WITH r, w, authors, v, collect(k.id) AS aboutIds
  RETURN collect({number: r.number, listed: r.listed, work: w {.*}, authors: authors,
                  venue: v {.*}, aboutIds: aboutIds}) AS references
}
CALL (a) {
  CALL (a) {
    MATCH (a)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(:Claim)-[:MENTIONS]->(k:Concept)
    RETURN k
    UNION
    MATCH (a)-[:REFERENCES]->(:Work)-[:ABOUT]->(k:Concept)
    RETURN k
  }
  OPTIONAL MATCH (k)-[:BROADER]->(b:Concept)
  RETURN collect(k {.id, .label, .aliases, .description, broader: b.id}) AS concepts
}
RETURN a {.slug, .title, .format, .entryNumbers, .entryRaws, .entryLines, .entryColumns} AS article,
       sections, claims, references, concepts`;

/** The article's graph document, or null when no article has that slug. */
export async function loadArticleDocument(slug: string): Promise<GraphDocument | null> {
  const { records } = await getDriver().executeQuery(
    ARTICLE_DOCUMENT,
    { slug },
    { database: databaseName(), routing: 'READ' },
  );
  const record = records[0];
  return record ? documentFromRecord(record.toObject()) : null;
}
