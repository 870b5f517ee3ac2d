import type { BatchRows } from './batch-rows';

/*
 * The Cypher of the loader. Every statement takes the rows of a whole batch of articles (one or
 * many) and UNWINDs them, so a batch costs the same number of round trips as one article.
 * Article-scoped nodes (sections, claims) are CREATEd, shared nodes (works, authors, venues,
 * concepts) MERGEd by id.
 */

/*
 * Takes each article's write lock before anything of it is read, so that two writers of one
 * article (two API requests, two `npm run ingest` runs) queue here: the second reads the version
 * the first committed and replaces it whole, instead of both removing the same previous version
 * and each adding its own. MERGE makes a new article's node, so a new slug is locked as well; the
 * property set and removed again is Neo4j's documented way to take a node's write lock in Cypher,
 * and nothing of it is left at the commit. The slugs come sorted, so writers of several articles
 * take the locks in the same order and never wait on each other in a cycle.
 */
export const LOCK_ARTICLES = `
UNWIND $slugs AS slug
MERGE (a:Article {slug: slug})
SET a._lock = true
REMOVE a._lock`;

/** The same lock for a delete, which must not create the article: counts the article found. */
export const LOCK_EXISTING_ARTICLE = `
OPTIONAL MATCH (a:Article {slug: $slug})
SET a._lock = true
REMOVE a._lock
RETURN count(a) AS found`;

/**
 * Per article that has a previous version: the works it cites and the concepts its claims
 * mention. A node LOCK_ARTICLES has just made has none.
 */
export const REMEMBER_OLD = `
UNWIND $slugs AS slug
MATCH (a:Article {slug: slug}) WHERE EXISTS { (a)-[:HAS_SECTION|REFERENCES]->() }
CALL (a) {
  OPTIONAL MATCH (a)-[:REFERENCES]->(w:Work)
  RETURN collect(DISTINCT w.id) AS workIds
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(:Claim)-[:MENTIONS]->(k:Concept)
  RETURN collect(DISTINCT k.id) AS conceptIds
}
RETURN slug, workIds, conceptIds`;

export const DELETE_OLD_REFERENCES = `
UNWIND $slugs AS slug
MATCH (:Article {slug: slug})-[r:REFERENCES]->(:Work)
DELETE r`;

export const DELETE_OLD_CLAIMS = `
UNWIND $slugs AS slug
MATCH (:Article {slug: slug})-[:HAS_SECTION]->(s:Section)
OPTIONAL MATCH (s)-[:HAS_CLAIM]->(c:Claim)
DETACH DELETE c, s`;

/*
 * A replaced version's sections and claims are not deleted before the new ones are made: Neo4j then
 * finds each new id (its uniqueness check, every MATCH by id) ever more slowly, as many deleted nodes
 * as there are new ones later; replacing a 1 MB article took 76 s instead of 13. They lose their
 * labels instead, which takes them out of every index and query, and are deleted once the new
 * version is written (DELETE_RETIRED).
 */
export const RETIRE_OLD_CLAIMS = `
UNWIND $slugs AS slug
MATCH (:Article {slug: slug})-[:HAS_SECTION]->(s:Section)
OPTIONAL MATCH (s)-[:HAS_CLAIM]->(c:Claim)
REMOVE s:Section, c:Claim
SET s:Retired, c:Retired`;

/** Only this transaction can see its own retired nodes: other writers' are never committed. */
export const DELETE_RETIRED = `
MATCH (n:Retired)
DETACH DELETE n`;

const ARTICLES = `
UNWIND $articles AS row
MERGE (a:Article {slug: row.slug})
SET a += row, a.loadedAt = datetime()`;

const SECTIONS = `
UNWIND $sections AS s
MATCH (a:Article {slug: s.slug})
CREATE (a)-[:HAS_SECTION {order: s.order}]->(:Section {id: s.id, title: s.title, order: s.order})`;

const CLAIMS = `
UNWIND $claims AS c
MATCH (s:Section {id: c.sectionId})
CREATE (s)-[:HAS_CLAIM {order: c.props.order}]->(n:Claim)
SET n = c.props`;

const VENUES = `
UNWIND $venues AS v
MERGE (n:Venue {id: v.id}) SET n.name = v.name`;

const AUTHORS = `
UNWIND $authors AS p
MERGE (n:Author {id: p.id}) SET n += p`;

/*
 * A work's authors and venue are facts of the work: rebuilt from this entry, not accumulated. The
 * ones it no longer points at are returned, so the write can remove any left without a work.
 */
export const WORKS = `
UNWIND $works AS w
MERGE (n:Work {id: w.id})
SET n = w.props
WITH n
OPTIONAL MATCH (n)-[old:AUTHORED_BY|PUBLISHED_IN]->(x)
DELETE old
RETURN collect(DISTINCT CASE WHEN x:Author THEN x.id END) AS authorIds,
       collect(DISTINCT CASE WHEN x:Venue THEN x.id END) AS venueIds`;

const AUTHORSHIPS = `
UNWIND $authorships AS x
MATCH (w:Work {id: x.workId}), (p:Author {id: x.authorId})
MERGE (w)-[r:AUTHORED_BY]->(p) SET r.position = x.position`;

const PUBLICATIONS = `
UNWIND $publications AS x
MATCH (w:Work {id: x.workId}), (v:Venue {id: x.venueId})
CREATE (w)-[:PUBLISHED_IN]->(v)`;

const REFERENCES = `
UNWIND $references AS r
MATCH (a:Article {slug: r.slug}), (w:Work {id: r.workId})
CREATE (a)-[:REFERENCES {number: r.number, listed: r.listed}]->(w)`;

const CITES = `
UNWIND $cites AS x
MATCH (c:Claim {id: x.claimId}), (w:Work {id: x.workId})
CREATE (c)-[:CITES {number: x.number, marker: x.marker}]->(w)`;

const CONCEPTS = `
UNWIND $concepts AS k
MERGE (n:Concept {id: k.id}) SET n += k.props`;

const BROADER = `
UNWIND $broader AS b
MATCH (n:Concept {id: b.id}), (p:Concept {id: b.broader})
MERGE (n)-[:BROADER]->(p)`;

// Claims are new in this transaction and the pairs distinct (batchRows), so CREATE is enough.
const MENTIONS = `
UNWIND $mentions AS m
MATCH (c:Claim {id: m.claimId}), (k:Concept {id: m.conceptId})
CREATE (c)-[:MENTIONS]->(k)`;

const ABOUT = `
UNWIND $about AS x
MATCH (w:Work {id: x.workId}), (k:Concept {id: x.conceptId})
MERGE (w)-[:ABOUT]->(k)`;

/**
 * Works no article cites any more are deleted; their authors, venues and topics are returned as
 * candidates for the next statement. Only the works the batch's articles cited before are checked,
 * so the cost does not grow with the corpus.
 */
export const REMOVE_ORPHAN_WORKS = `
UNWIND $workIds AS id
MATCH (w:Work {id: id}) WHERE NOT ()-[:REFERENCES]->(w)
OPTIONAL MATCH (w)-[:AUTHORED_BY]->(p:Author)
OPTIONAL MATCH (w)-[:PUBLISHED_IN]->(v:Venue)
OPTIONAL MATCH (w)-[:ABOUT]->(k:Concept)
WITH collect(DISTINCT w) AS works, collect(DISTINCT p.id) AS authorIds,
     collect(DISTINCT v.id) AS venueIds, collect(DISTINCT k.id) AS conceptIds
FOREACH (w IN works | DETACH DELETE w)
RETURN authorIds, venueIds, conceptIds`;

// Vocabulary concepts nothing links to are not kept: a concept node always has a claim or work.
export const REMOVE_UNLINKED = `
CALL () {
  UNWIND $authorIds AS id
  MATCH (p:Author {id: id}) WHERE NOT (p)<-[:AUTHORED_BY]-()
  DELETE p
}
CALL () {
  UNWIND $venueIds AS id
  MATCH (v:Venue {id: id}) WHERE NOT (v)<-[:PUBLISHED_IN]-()
  DELETE v
}
CALL () {
  UNWIND $conceptIds AS id
  MATCH (k:Concept {id: id}) WHERE NOT (k)--()
  DELETE k
}`;

export type Step = readonly [label: string, query: string, params: (rows: BatchRows) => Record<string, unknown>];

// In order: each step may MATCH what an earlier one created.
export const WRITE_STEPS: readonly Step[] = [
  ['articles', ARTICLES, (r) => ({ articles: r.articles })],
  ['sections', SECTIONS, (r) => ({ sections: r.sections })],
  ['claims', CLAIMS, (r) => ({ claims: r.claims })],
  ['venues', VENUES, (r) => ({ venues: r.venues })],
  ['authors', AUTHORS, (r) => ({ authors: r.authors })],
  ['works', WORKS, (r) => ({ works: r.works })],
  ['authorships', AUTHORSHIPS, (r) => ({ authorships: r.authorships })],
  ['venues of works', PUBLICATIONS, (r) => ({ publications: r.publications })],
  ['references', REFERENCES, (r) => ({ references: r.references })],
  ['citations', CITES, (r) => ({ cites: r.cites })],
  ['concepts', CONCEPTS, (r) => ({ concepts: r.concepts })],
  ['broader concepts', BROADER, (r) => ({ broader: r.broader })],
  ['mentions', MENTIONS, (r) => ({ mentions: r.mentions })],
  ['work topics', ABOUT, (r) => ({ about: r.about })],
];
