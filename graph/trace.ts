import type { Selection } from '@/lib/schemas/explorer-params';
import type { EdgeType } from '@/lib/schemas/graph';
import type { GraphIndex } from './graph-index';

/** The nodes and edges that light up for a selection; everything else fades. */
export interface Trace {
  nodes: Set<string>;
  edges: Set<string>;
}

class TraceBuilder implements Trace {
  nodes = new Set<string>();
  edges = new Set<string>();
  constructor(private readonly g: GraphIndex) {}

  /** Follows edges of a type from each id (outgoing, or incoming with `reverse`); returns the far ends. */
  step(ids: Iterable<string>, type: EdgeType, reverse = false): string[] {
    const found: string[] = [];
    for (const id of ids) {
      for (const e of reverse ? this.g.in(id, type) : this.g.out(id, type)) {
        const far = reverse ? e.source : e.target;
        if (!this.g.node.has(far)) continue;
        this.edges.add(e.id);
        this.nodes.add(far);
        found.push(far);
      }
    }
    return found;
  }

  add(id: string) {
    if (this.g.node.has(id)) this.nodes.add(id);
  }

  /** A claim's evidence: its section, the works it cites, their authors and venues. */
  evidence(claims: Iterable<string>) {
    const list = [...claims];
    this.step(list, 'HAS_CLAIM', true);
    const works = this.step(list, 'CITES');
    this.step(works, 'AUTHORED_BY');
    this.step(works, 'PUBLISHED_IN');
  }

  /** Who cites these works, with the rest of each work's evidence around it. */
  citedBy(works: string[]) {
    this.step(works, 'AUTHORED_BY');
    this.step(works, 'PUBLISHED_IN');
    const claims = this.step(works, 'CITES', true);
    this.step(claims, 'HAS_CLAIM', true);
  }
}

export function traceSelection(g: GraphIndex, selection: Selection): Trace | null {
  if (!selection || !g.node.has(selection.id)) return null;
  const t = new TraceBuilder(g);
  const id = selection.id;
  t.add(id);
  switch (selection.kind) {
    case 'claim':
      t.evidence([id]);
      break;
    case 'work':
      t.citedBy([id]);
      t.step([id], 'ABOUT');
      break;
    case 'author':
      t.citedBy(t.step([id], 'AUTHORED_BY', true));
      break;
    case 'venue':
      t.citedBy(t.step([id], 'PUBLISHED_IN', true));
      break;
    case 'concept': {
      t.evidence(t.step([id], 'MENTIONS', true));
      t.step([id], 'ABOUT', true);
      break;
    }
  }
  // A "more" placeholder belongs with the node it expands.
  for (const n of g.nodes) if (n.type === 'more' && t.nodes.has(n.parentId)) t.add(n.id);
  for (const e of g.edges) if (e.type === 'MORE' && t.nodes.has(e.source) && t.nodes.has(e.target)) t.edges.add(e.id);
  return t;
}
