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
 * concepts; with a concept filter also the works about the chosen concepts and the claims citing
 * them (a concept may be the topic of a cited work without any sentence naming it); then the
 * node-type filter; then edges whose ends both stay. No filter: everything.
 */
export function visibleIds(g: GraphIndex, f: GraphFilters): Set<string> {
  const claimFilter = f.concepts.length > 0 || f.status.length > 0;
  const keep = new Set<string>();
  if (!claimFilter) {
    for (const n of g.nodes) keep.add(n.id);
  } else {
    const wanted = new Set(f.concepts);
    const passes = (hits: number) => (f.match === 'all' ? hits >= wanted.size : hits > 0);
    const aboutWorks = new Set(
      g.nodes
        .filter((w) => w.type === 'work' && wanted.size > 0)
        .filter((w) => passes(g.out(w.id, 'ABOUT').filter((e) => wanted.has(e.target)).length))
        .map((w) => w.id),
    );
    for (const n of g.nodes) {
      if (n.type !== 'claim') continue;
      if (f.status.length && !f.status.includes(n.status)) continue;
      if (wanted.size) {
        const mentioned = new Set(g.out(n.id, 'MENTIONS').map((e) => e.target));
        const hits = [...wanted].filter((c) => mentioned.has(c)).length;
        const citesAbout = g.out(n.id, 'CITES').some((e) => aboutWorks.has(e.target));
        if (!passes(hits) && !citesAbout) continue;
      }
      keep.add(n.id);
      for (const e of g.in(n.id, 'HAS_CLAIM')) keep.add(e.source);
      for (const e of g.out(n.id, 'CITES')) keepWork(g, keep, e.target);
      for (const e of g.out(n.id, 'MENTIONS')) {
        // With a concept filter only the chosen concepts stay; with a status filter, the claims' own.
        if (!wanted.size || wanted.has(e.target)) keep.add(e.target);
      }
    }
    // Without a status filter, a work about the concept stays even when no claim cites it.
    for (const id of aboutWorks) {
      if (f.status.length && !keep.has(id)) continue;
      keepWork(g, keep, id);
      for (const e of g.out(id, 'ABOUT')) if (wanted.has(e.target)) keep.add(e.target);
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

/** A work with its authors and venue. */
function keepWork(g: GraphIndex, keep: Set<string>, id: string) {
  keep.add(id);
  for (const a of g.out(id, 'AUTHORED_BY')) keep.add(a.target);
  for (const v of g.out(id, 'PUBLISHED_IN')) keep.add(v.target);
}

/** How many claims of the graph mention each concept (shown beside the concept filter). */
export function conceptCounts(g: GraphIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of g.nodes) if (n.type === 'concept') counts.set(n.id, g.in(n.id, 'MENTIONS').length);
  return counts;
}
