import type { ArticleGraph, EdgeType, GraphEdge, GraphNode } from '@/lib/schemas/graph';

/** Adjacency by edge type, built once per graph, so traces and filters are simple walks. */
export interface GraphIndex {
  node: Map<string, GraphNode>;
  out: (id: string, type: EdgeType) => GraphEdge[];
  in: (id: string, type: EdgeType) => GraphEdge[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function indexGraph(graph: Pick<ArticleGraph, 'nodes' | 'edges'>): GraphIndex {
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const outs = new Map<string, GraphEdge[]>();
  const ins = new Map<string, GraphEdge[]>();
  const add = (m: Map<string, GraphEdge[]>, key: string, e: GraphEdge) => {
    const l = m.get(key);
    if (l) l.push(e);
    else m.set(key, [e]);
  };
  for (const e of graph.edges) {
    add(outs, `${e.source}|${e.type}`, e);
    add(ins, `${e.target}|${e.type}`, e);
  }
  return {
    node,
    nodes: graph.nodes,
    edges: graph.edges,
    out: (id, type) => outs.get(`${id}|${type}`) ?? [],
    in: (id, type) => ins.get(`${id}|${type}`) ?? [],
  };
}
