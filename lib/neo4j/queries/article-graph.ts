import 'server-only';
import type { ArticleGraph, EvidenceStatus, GraphEdge, GraphNode } from '@/lib/schemas/graph';
import { readTx } from './run-read';
import { claimStatus } from './status';

export interface ArticleGraphParams {
  /** The article to draw; the first by slug when absent. */
  slug?: string;
  /** Cap on claims and on works drawn (a corpus article rarely has more than a few hundred). */
  limit?: number;
  /** Authors drawn per work before a "more" node stands for the rest. */
  authorsPerWork?: number;
}

const FIRST_ARTICLE = 'MATCH (a:Article) RETURN a.slug AS slug ORDER BY a.slug LIMIT 1';

const ARTICLE = 'MATCH (a:Article {slug: $slug}) RETURN a.slug AS slug, a.title AS title';

const SECTIONS = `
MATCH (:Article {slug: $slug})-[:HAS_SECTION]->(s:Section)
RETURN s.id AS id, s.title AS title, s.order AS order ORDER BY order`;

// Each claim with what it cites (and whether this article lists each number) and its concepts.
const CLAIMS = `
MATCH (a:Article {slug: $slug})-[:HAS_SECTION]->(s:Section)-[:HAS_CLAIM]->(c:Claim)
WITH a, s, c ORDER BY c.order LIMIT $limit
RETURN s.id AS sectionId, c.id AS id, c.text AS text, c.kind AS kind, c.order AS order,
  [(c)-[ct:CITES]->(w:Work) | {id: w.id, listed: exists { (a)-[:REFERENCES {listed: true}]->(w) }}] AS cites,
  [(c)-[:MENTIONS]->(k:Concept) | k.id] AS concepts`;

const WORKS = `
MATCH (:Article {slug: $slug})-[r:REFERENCES]->(w:Work)
WITH w, r ORDER BY r.number LIMIT $limit
CALL (w) {
  OPTIONAL MATCH (w)-[ab:AUTHORED_BY]->(p:Author)
  WITH p ORDER BY ab.position
  RETURN collect(p {.id, .display}) AS authors
}
RETURN w.id AS id, w.title AS title, w.year AS year, r.number AS number, r.listed AS listed,
  authors, [(w)-[:PUBLISHED_IN]->(v:Venue) | v {.id, .name}] AS venues,
  [(w)-[:ABOUT]->(k:Concept) | k.id] AS about`;

const CONCEPTS = `
UNWIND $ids AS id
MATCH (k:Concept {id: id})
RETURN k.id AS id, k.label AS label`;

const COUNTS = `
MATCH (a:Article {slug: $slug})
RETURN COUNT { (a)-[:HAS_SECTION]->()-[:HAS_CLAIM]->() } AS claims, COUNT { (a)-[:REFERENCES]->() } AS works`;

interface ClaimRow {
  sectionId: string;
  id: string;
  text: string;
  kind: string;
  order: number;
  cites: { id: string; listed: boolean }[];
  concepts: string[];
}
interface WorkRow {
  id: string;
  title: string | null;
  year: number | null;
  number: number;
  listed: boolean;
  authors: { id: string; display: string }[];
  venues: { id: string; name: string }[];
  about: string[];
}

/** One article as nodes and edges, within server-side caps. Null when the article does not exist. */
export async function getArticleGraph(params: ArticleGraphParams = {}): Promise<ArticleGraph | null> {
  const limit = params.limit ?? 2000;
  const perWork = params.authorsPerWork ?? 12;
  return readTx(async (tx) => {
    const slug = params.slug ?? (await tx.one<{ slug: string }>(FIRST_ARTICLE))?.slug;
    if (!slug) return null;
    const article = await tx.one<{ slug: string; title: string }>(ARTICLE, { slug });
    if (!article) return null;
    const sections = await tx.rows<{ id: string; title: string; order: number }>(SECTIONS, { slug });
    const claims = await tx.rows<ClaimRow>(CLAIMS, { slug, limit });
    const works = await tx.rows<WorkRow>(WORKS, { slug, limit });
    const counts = await tx.one<{ claims: number; works: number }>(COUNTS, { slug });

    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    const seen = new Set<string>();
    const node = (n: GraphNode) => {
      if (seen.has(n.id)) return;
      seen.add(n.id);
      nodes.push(n);
    };
    const edge = (source: string, type: GraphEdge['type'], target: string) =>
      edges.push({ id: `${source}|${type}|${target}`, source, target, type });

    for (const s of sections) node({ id: s.id, type: 'section', label: s.title, order: s.order });
    const conceptIds = new Set<string>();
    for (const c of claims) {
      const status: EvidenceStatus = claimStatus(c.kind, c.cites);
      node({
        id: c.id,
        type: 'claim',
        label: c.text,
        order: c.order,
        sectionId: c.sectionId,
        kind: c.kind,
        status,
      });
      edge(c.sectionId, 'HAS_CLAIM', c.id);
      for (const w of new Set(c.cites.map((x) => x.id))) edge(c.id, 'CITES', w);
      for (const k of c.concepts) {
        conceptIds.add(k);
        edge(c.id, 'MENTIONS', k);
      }
    }
    for (const w of works) {
      node({
        id: w.id,
        type: 'work',
        label: w.title ?? `Reference [${w.number}] (not in the reference list)`,
        number: w.number,
        listed: w.listed,
        year: w.year,
      });
      for (const a of w.authors.slice(0, perWork)) {
        node({ id: a.id, type: 'author', label: a.display });
        edge(w.id, 'AUTHORED_BY', a.id);
      }
      if (w.authors.length > perWork) {
        const moreId = `more:${w.id}`;
        node({
          id: moreId,
          type: 'more',
          label: 'more',
          parentId: w.id,
          remaining: w.authors.length - perWork,
          skip: perWork,
        });
        edge(w.id, 'MORE', moreId);
      }
      for (const v of w.venues) {
        node({ id: v.id, type: 'venue', label: v.name });
        edge(w.id, 'PUBLISHED_IN', v.id);
      }
      for (const k of w.about) {
        conceptIds.add(k);
        edge(w.id, 'ABOUT', k);
      }
    }
    const concepts = await tx.rows<{ id: string; label: string }>(CONCEPTS, { ids: [...conceptIds] });
    for (const k of concepts) node({ id: k.id, type: 'concept', label: k.label });

    // Edges to nodes that a cap left out are dropped so the graph is always whole.
    const kept = edges.filter((e) => seen.has(e.source) && seen.has(e.target));
    const truncated = (counts?.claims ?? 0) > limit || (counts?.works ?? 0) > limit;
    return { article, nodes, edges: kept, truncated };
  });
}
