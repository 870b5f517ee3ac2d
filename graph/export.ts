import type { ArticleGraph } from '@/lib/schemas/graph';

/** The visible part of the graph as plain JSON, in the API's own shape so it can be read back. */
export function visibleSubgraph(graph: ArticleGraph, visible: Set<string>): ArticleGraph {
  return {
    article: graph.article,
    nodes: graph.nodes.filter((n) => visible.has(n.id)),
    edges: graph.edges.filter((e) => visible.has(e.id) && visible.has(e.source) && visible.has(e.target)),
    truncated: graph.truncated,
  };
}
