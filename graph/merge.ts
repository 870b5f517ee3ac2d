import type { ArticleGraph, GraphEdge, GraphNode } from '@/lib/schemas/graph';

export interface Expansion {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** "More" placeholders already expanded: they leave the canvas. */
  consumed: string[];
}

export const emptyExpansion: Expansion = { nodes: [], edges: [], consumed: [] };

/** Adds a loaded neighbourhood page to what was expanded before, without duplicates. */
export function addPage(prev: Expansion, page: { nodes: GraphNode[]; edges: GraphEdge[] }, consumed?: string): Expansion {
  const ids = new Set(prev.nodes.map((n) => n.id));
  const edgeIds = new Set(prev.edges.map((e) => e.id));
  return {
    nodes: [...prev.nodes, ...page.nodes.filter((n) => !ids.has(n.id))],
    edges: [...prev.edges, ...page.edges.filter((e) => !edgeIds.has(e.id))],
    consumed: consumed ? [...prev.consumed, consumed] : prev.consumed,
  };
}

/** The article graph with expansions merged in: the article's own nodes win over a page's copy. */
export function mergeGraph(graph: ArticleGraph, ex: Expansion): ArticleGraph {
  if (ex.nodes.length === 0 && ex.consumed.length === 0) return graph;
  const gone = new Set(ex.consumed);
  const ids = new Set(graph.nodes.map((n) => n.id));
  const nodes = [...graph.nodes, ...ex.nodes.filter((n) => !ids.has(n.id))].filter((n) => !gone.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  const edgeIds = new Set<string>();
  const edges = [...graph.edges, ...ex.edges].filter((e) => {
    if (edgeIds.has(e.id) || !kept.has(e.source) || !kept.has(e.target)) return false;
    edgeIds.add(e.id);
    return true;
  });
  return { ...graph, nodes, edges };
}
