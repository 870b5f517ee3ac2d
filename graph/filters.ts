import type { EvidenceStatus, NodeType } from '@/lib/schemas/graph';
import type { GraphIndex } from './graph-index';

export interface GraphFilters {
  concepts: string[];
  match: 'any' | 'all';
  status: EvidenceStatus[];
  types: NodeType[];
}

export function hasFilters(f: GraphFilters): boolean {
  return f.concepts.length > 0 || f.status.length > 0 || f.types.length > 0;
}

/**
 * The ids left on screen by the filters: the claims that pass (by concept, any or all, and by
 * evidence status), with their evidence (section, cited works, authors, venues) and the chosen
 * concepts; then the node-type filter; then edges whose ends both stay. No filter: everything.
 */
export function visibleIds(g: GraphIndex, f: GraphFilters): Set<string> {
  const claimFilter = f.concepts.length > 0 || f.status.length > 0;
  const keep = new Set<string>();
  if (!claimFilter) {
    for (const n of g.nodes) keep.add(n.id);
  } else {
    const wanted = new Set(f.concepts);
    for (const n of g.nodes) {
      if (n.type !== 'claim') continue;
      if (f.status.length && !f.status.includes(n.status)) continue;
      if (wanted.size) {
        const mentioned = new Set(g.out(n.id, 'MENTIONS').map((e) => e.target));
        const hits = [...wanted].filter((c) => mentioned.has(c)).length;
        if (f.match === 'all' ? hits < wanted.size : hits === 0) continue;
      }
      keep.add(n.id);
      for (const e of g.in(n.id, 'HAS_CLAIM')) keep.add(e.source);
      for (const e of g.out(n.id, 'CITES')) {
        keep.add(e.target);
        for (const a of g.out(e.target, 'AUTHORED_BY')) keep.add(a.target);
        for (const v of g.out(e.target, 'PUBLISHED_IN')) keep.add(v.target);
      }
      for (const e of g.out(n.id, 'MENTIONS')) {
        // With a concept filter only the chosen concepts stay; with a status filter, the claims' own.
        if (!wanted.size || wanted.has(e.target)) keep.add(e.target);
      }
    }
    for (const n of g.nodes) if (n.type === 'more' && keep.has(n.parentId)) keep.add(n.id);
  }
  if (f.types.length) {
    for (const id of [...keep]) {
      const n = g.node.get(id);
      if (n && n.type !== 'more' && !f.types.includes(n.type)) keep.delete(id);
    }
  }
  for (const e of g.edges) if (keep.has(e.source) && keep.has(e.target)) keep.add(e.id);
  return keep;
}

/** How many claims of the graph mention each concept (shown beside the concept filter). */
export function conceptCounts(g: GraphIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of g.nodes) if (n.type === 'concept') counts.set(n.id, g.in(n.id, 'MENTIONS').length);
  return counts;
}
