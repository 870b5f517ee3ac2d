import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { type ArticleRows, articleRows } from './article-rows';
import { databaseName, getDriver } from './driver';
import { bumpGraphRevision } from './graph-revision';
import { cypherParams } from './params';

/*
 * Loading an article is one write transaction: it either replaces the article whole or leaves the
 * previous graph as it was. Article-scoped nodes (sections, claims, unlisted works) are rebuilt;
 * shared nodes (works, authors, venues, concepts) are MERGEd by id, so a second article citing the
 * same work meets the same node. Shared nodes that lose their last relationship are removed.
 */

const REMEMBER_OLD = `
MATCH (a:Article {slug: $slug})
OPTIONAL MATCH (a)-[:REFERENCES]->(w:Work)
OPTIONAL MATCH (a)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(:Claim)-[:MENTIONS]->(k:Concept)
RETURN a.slug AS slug, collect(DISTINCT w.id) AS workIds, collect(DISTINCT k.id) AS conceptIds`;

const DELETE_OLD_REFERENCES = `
MATCH (:Article {slug: $slug})-[r:REFERENCES]->(:Work)
DELETE r`;

const DELETE_OLD_CLAIMS = `
MATCH (:Article {slug: $slug})-[:HAS_SECTION]->(s:Section)
OPTIONAL MATCH (s)-[:HAS_CLAIM]->(c:Claim)
DETACH DELETE c, s`;

const ARTICLE = `
MERGE (a:Article {slug: $article.slug})
SET a += $article`;

const SECTIONS = `
MATCH (a:Article {slug: $slug})
UNWIND $sections AS s
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

const WORKS = `
UNWIND $works AS w
MERGE (n:Work {id: w.id})
SET n = w.props
WITH n
// A work's authors and venue are facts of the work: rebuilt from this entry, not accumulated.
OPTIONAL MATCH (n)-[old:AUTHORED_BY|PUBLISHED_IN]->()
DELETE old`;

const AUTHORSHIPS = `
UNWIND $authorships AS x
MATCH (w:Work {id: x.workId}), (p:Author {id: x.authorId})
MERGE (w)-[r:AUTHORED_BY]->(p) SET r.position = x.position`;

const PUBLICATIONS = `
UNWIND $publications AS x
MATCH (w:Work {id: x.workId}), (v:Venue {id: x.venueId})
MERGE (w)-[:PUBLISHED_IN]->(v)`;

const REFERENCES = `
MATCH (a:Article {slug: $slug})
UNWIND $references AS r
MATCH (w:Work {id: r.workId})
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

const MENTIONS = `
UNWIND $mentions AS m
MATCH (c:Claim {id: m.claimId}), (k:Concept {id: m.conceptId})
MERGE (c)-[:MENTIONS]->(k)`;

const ABOUT = `
UNWIND $about AS x
MATCH (w:Work {id: x.workId}), (k:Concept {id: x.conceptId})
MERGE (w)-[:ABOUT]->(k)`;

// Only the candidates this article touched are checked, so the cost does not grow with the corpus.
const REMOVE_ORPHANS = `
UNWIND $workIds AS id
MATCH (w:Work {id: id}) WHERE NOT ()-[:REFERENCES]->(w)
OPTIONAL MATCH (w)-[:AUTHORED_BY]->(p:Author)
OPTIONAL MATCH (w)-[:PUBLISHED_IN]->(v:Venue)
OPTIONAL MATCH (w)-[:ABOUT]->(k:Concept)
WITH collect(DISTINCT w) AS works, collect(DISTINCT p) AS authors, collect(DISTINCT v) AS venues,
     collect(DISTINCT k.id) AS aboutConcepts
FOREACH (w IN works | DETACH DELETE w)
WITH authors, venues, aboutConcepts
CALL (authors) { UNWIND authors AS p WITH p WHERE NOT (p)<-[:AUTHORED_BY]-() DELETE p }
CALL (venues) { UNWIND venues AS v WITH v WHERE NOT (v)<-[:PUBLISHED_IN]-() DELETE v }
RETURN aboutConcepts`;

const REMOVE_ORPHAN_CONCEPTS = `
UNWIND $conceptIds AS id
MATCH (k:Concept {id: id}) WHERE NOT (k)--()
DELETE k`;

export interface WriteResult {
  slug: string;
  claims: number;
  works: number;
}

/** Writes (or replaces) one article in a single transaction. */
export async function writeArticle(
  doc: GraphDocument,
  options: { onStep?: WriteProgress } = {},
): Promise<WriteResult> {
  const rows = articleRows(doc);
  const session = getDriver().session({ database: databaseName() });
  try {
    await session.executeWrite(async (tx) => {
      await writeRows(tx, rows, options.onStep);
      await bumpGraphRevision(tx);
    });
  } finally {
    await session.close();
  }
  return { slug: doc.article.slug, claims: rows.claims.length, works: rows.works.length };
}

type Step = readonly [label: string, query: string, params: (rows: ArticleRows) => Record<string, unknown>];

// In order: each step may MATCH what an earlier one created.
const STEPS: readonly Step[] = [
  ['article', ARTICLE, (r) => ({ article: r.article })],
  ['sections', SECTIONS, (r) => ({ slug: r.article.slug, sections: r.sections })],
  ['claims', CLAIMS, (r) => ({ claims: r.claims })],
  ['venues', VENUES, (r) => ({ venues: r.venues })],
  ['authors', AUTHORS, (r) => ({ authors: r.authors })],
  ['works', WORKS, (r) => ({ works: r.works })],
  ['authorships', AUTHORSHIPS, (r) => ({ authorships: r.authorships })],
  ['venues of works', PUBLICATIONS, (r) => ({ publications: r.publications })],
  ['references', REFERENCES, (r) => ({ slug: r.article.slug, references: r.references })],
  ['citations', CITES, (r) => ({ cites: r.cites })],
  ['concepts', CONCEPTS, (r) => ({ concepts: r.concepts })],
  ['broader concepts', BROADER, (r) => ({ broader: r.broader })],
  ['mentions', MENTIONS, (r) => ({ mentions: r.mentions })],
  ['work topics', ABOUT, (r) => ({ about: r.about })],
];

/** Called after each step of the write, e.g. to move a progress bar. */
export type WriteProgress = (done: number, total: number, label: string) => void;

async function writeRows(tx: ManagedTransaction, rows: ArticleRows, onStep?: WriteProgress): Promise<void> {
  const slug = rows.article.slug;
  const total = STEPS.length + 2;
  const old = (await tx.run(REMEMBER_OLD, cypherParams({ slug }))).records[0];
  const oldWorkIds: string[] = old?.get('workIds') ?? [];
  const oldConceptIds: string[] = old?.get('conceptIds') ?? [];

  await tx.run(DELETE_OLD_REFERENCES, cypherParams({ slug }));
  await tx.run(DELETE_OLD_CLAIMS, cypherParams({ slug }));
  onStep?.(1, total, 'previous version removed');
  for (const [i, [label, query, params]] of STEPS.entries()) {
    await tx.run(query, cypherParams(params(rows)));
    onStep?.(i + 2, total, label);
  }

  const orphaned = await tx.run(REMOVE_ORPHANS, cypherParams({ workIds: oldWorkIds }));
  const aboutConcepts: string[] = orphaned.records[0]?.get('aboutConcepts') ?? [];
  // Vocabulary concepts nothing links to are not kept: a concept node always has a claim or work.
  const conceptIds = [...new Set([...oldConceptIds, ...aboutConcepts, ...rows.concepts.map((k) => k.id)])];
  await tx.run(REMOVE_ORPHAN_CONCEPTS, cypherParams({ conceptIds }));
  onStep?.(total, total, 'unused nodes removed');
}

/** Deletes an article and whatever only it used, in one transaction. */
export async function deleteArticle(slug: string): Promise<boolean> {
  const session = getDriver().session({ database: databaseName() });
  try {
    return await session.executeWrite(async (tx) => {
      const old = (await tx.run(REMEMBER_OLD, cypherParams({ slug }))).records[0];
      if (!old) return false;
      await tx.run(DELETE_OLD_REFERENCES, cypherParams({ slug }));
      await tx.run(DELETE_OLD_CLAIMS, cypherParams({ slug }));
      await tx.run('MATCH (a:Article {slug: $slug}) DELETE a', { slug });
      const orphaned = await tx.run(REMOVE_ORPHANS, cypherParams({ workIds: old.get('workIds') }));
      const aboutConcepts: string[] = orphaned.records[0]?.get('aboutConcepts') ?? [];
      await tx.run(
        REMOVE_ORPHAN_CONCEPTS,
        cypherParams({ conceptIds: [...old.get('conceptIds'), ...aboutConcepts] }),
      );
      await bumpGraphRevision(tx);
      return true;
    });
  } finally {
    await session.close();
  }
}
