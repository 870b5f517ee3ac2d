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

// One round trip: the article with its sections, claims (with what each cites, and whether this
// article lists it), works (authors in byline order, venues, concepts) and the concepts' labels.
const ARTICLE_GRAPH = `
MATCH (a:Article {slug: $slug})
CALL (a) {
  MATCH (a)-[:HAS_SECTION]->(s:Section)
  WITH s ORDER BY s.order
  RETURN collect(s {.id, .title, .order}) AS sections
}
CALL (a) {
  MATCH (a)-[:HAS_SECTION]->(s:Section)-[:HAS_CLAIM]->(c:Claim)
  WITH a, s, c ORDER BY c.order LIMIT $limit
  RETURN collect({
    sectionId: s.id, id: c.id, text: c.text, kind: c.kind, order: c.order,
    cites: [(c)-[:CITES]->(w:Work) | {id: w.id, listed: exists { (a)-[:REFERENCES {listed: true}]->(w) }}],
    concepts: [(c)-[:MENTIONS]->(k:Concept) | k.id]
  }) AS claims
}
CALL (a) {
  MATCH (a)-[r:REFERENCES]->(w:Work)
  WITH w, r ORDER BY r.number LIMIT $limit
  RETURN collect({
    id: w.id, title: w.title, year: w.year, number: r.number, listed: r.listed,
    authors: COLLECT { MATCH (w)-[ab:AUTHORED_BY]->(p:Author) WITH p, ab ORDER BY ab.position RETURN p {.id, .display} AS item },
    venues: [(w)-[:PUBLISHED_IN]->(v:Venue) | v {.id, .name}],
    about: [(w)-[:ABOUT]->(k:Concept) | k.id]
  }) AS works
}
CALL (a) {
  CALL (a) {
    MATCH (a)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(:Claim)-[:MENTIONS]->(k:Concept) RETURN k
    UNION
    MATCH (a)-[:REFERENCES]->(:Work)-[:ABOUT]->(k:Concept) RETURN k
  }
  RETURN collect(k {.id, .label}) AS concepts
}
RETURN a.slug AS slug, a.title AS title, sections, claims, works, concepts,
  COUNT { (a)-[:HAS_SECTION]->()-[:HAS_CLAIM]->() } AS claimCount,
  COUNT { (a)-[:REFERENCES]->() } AS workCount`;

interface ClaimRow {
  sectionId: string;
  id: string;
  text: string;
  kind: string;
  order: number;
  cites: { id: string; listed: boolean }[];
  concepts: string[];
}
interface Row {
  slug: string;
  title: string;
  sections: { id: string; title: string; order: number }[];
  claims: ClaimRow[];
  works: WorkRow[];
  concepts: { id: string; label: string }[];
  claimCount: number;
  workCount: number;
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
  const row = await readTx(async (tx) => {
    const slug = params.slug ?? (await tx.one<{ slug: string }>(FIRST_ARTICLE))?.slug;
    return slug ? tx.one<Row>(ARTICLE_GRAPH, { slug, limit }) : null;
  });
  return row ? toArticleGraph(row, limit, perWork) : null;
}

/** The query's one row -> nodes and edges; edges to nodes a cap left out are dropped. */
function toArticleGraph(row: Row, limit: number, perWork: number): ArticleGraph {
  const { sections, claims, works } = row;
  const article = { slug: row.slug, title: row.title };
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
      // A listed entry whose title could not be read is still listed: only a cited number is not.
      label:
        w.title ??
        (w.listed ? `Reference [${w.number}]` : `Reference [${w.number}] (not in the reference list)`),
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
  // Only concepts that a drawn claim or work links to (a cap may have cut the others' links).
  for (const k of row.concepts) if (conceptIds.has(k.id)) node({ id: k.id, type: 'concept', label: k.label });

  // Edges to nodes that a cap left out are dropped so the graph is always whole.
  const kept = edges.filter((e) => seen.has(e.source) && seen.has(e.target));
  const truncated = row.claimCount > limit || row.workCount > limit;
  return { article, nodes, edges: kept, truncated };
}
