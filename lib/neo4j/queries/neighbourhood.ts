import 'server-only';
import type { EdgeType, GraphEdge, GraphNode, Neighbourhood } from '@/lib/schemas/graph';
import { readTx } from './run-read';
import { claimStatusCypher } from './work-fields';

export interface NeighbourhoodParams {
  id: string;
  skip?: number;
  limit?: number;
}

// Each branch is an index seek on a uniqueness constraint; a label-less {id} match would scan.
const FIND = `
CALL () {
  MATCH (n:Claim {id: $id}) RETURN n
  UNION MATCH (n:Work {id: $id}) RETURN n
  UNION MATCH (n:Author {id: $id}) RETURN n
  UNION MATCH (n:Venue {id: $id}) RETURN n
  UNION MATCH (n:Concept {id: $id}) RETURN n
  UNION MATCH (n:Section {id: $id}) RETURN n
}`;

const NEIGHBOURHOOD = `${FIND}
WITH n LIMIT 1
CALL (n) { MATCH (n)-[]-(m) WHERE NOT m:Article RETURN count(m) AS total }
CALL (n) {
  MATCH (n)-[r]-(m) WHERE NOT m:Article
  RETURN m, type(r) AS rel, startNode(r) = n AS outgoing
  ORDER BY m.id, rel SKIP $skip LIMIT $limit
}
OPTIONAL CALL (m) {
  WITH m AS c WHERE c:Claim
  MATCH (a:Article)-[:HAS_SECTION]->(s:Section)-[:HAS_CLAIM]->(c)
  RETURN s.id AS sectionId, ${claimStatusCypher('a')} AS status
}
RETURN total, rel, outgoing, labels(m)[0] AS label, sectionId, status,
  m {.id, .text, .title, .display, .name, .label, .kind, .order, .year, .raw} AS m`;

interface Row {
  total: number;
  rel: string;
  outgoing: boolean;
  label: string;
  sectionId: string | null;
  status: 'backed' | 'unlisted' | 'uncited' | 'exempt' | null;
  m: {
    id: string;
    text?: string;
    title?: string | null;
    display?: string;
    name?: string;
    label?: string;
    kind?: string;
    order?: number;
    year?: number | null;
    raw?: string | null;
  };
}

function toNode(r: Row): GraphNode | null {
  const m = r.m;
  switch (r.label) {
    case 'Claim':
      return {
        id: m.id,
        type: 'claim',
        label: m.text ?? m.id,
        order: m.order ?? 0,
        sectionId: r.sectionId ?? '',
        kind: m.kind ?? 'assertion',
        status: r.status ?? 'uncited',
      };
    case 'Work':
      return {
        id: m.id,
        type: 'work',
        label: m.title ?? m.id,
        number: null,
        listed: m.raw != null,
        year: m.year ?? null,
      };
    case 'Author':
      return { id: m.id, type: 'author', label: m.display ?? m.id };
    case 'Venue':
      return { id: m.id, type: 'venue', label: m.name ?? m.id };
    case 'Concept':
      return { id: m.id, type: 'concept', label: m.label ?? m.id };
    case 'Section':
      return { id: m.id, type: 'section', label: m.title ?? m.id, order: m.order ?? 0 };
    default:
      return null;
  }
}

const EDGE_TYPES = new Set<string>([
  'HAS_CLAIM',
  'CITES',
  'AUTHORED_BY',
  'PUBLISHED_IN',
  'MENTIONS',
  'ABOUT',
]);

/**
 * One page of a node's neighbours (articles left out), in a stable order. When more remain, the
 * page ends with a "more" node that stands for them and carries where the next page starts.
 * Null when no node has the id.
 */
export async function getNeighbourhood(params: NeighbourhoodParams): Promise<Neighbourhood | null> {
  const skip = params.skip ?? 0;
  const limit = params.limit ?? 25;
  const result = await readTx(async (tx) => {
    const found = await tx.one<{ id: string }>(`${FIND} RETURN n.id AS id LIMIT 1`, { id: params.id });
    if (!found) return null;
    return tx.rows<Row>(NEIGHBOURHOOD, { id: params.id, skip, limit });
  });
  if (!result) return null;
  const total = result[0]?.total ?? 0;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const r of result) {
    const node = toNode(r);
    if (!node || !EDGE_TYPES.has(r.rel)) continue;
    if (!nodes.some((n) => n.id === node.id)) nodes.push(node);
    const [source, target] = r.outgoing ? [params.id, node.id] : [node.id, params.id];
    edges.push({ id: `${source}|${r.rel}|${target}`, source, target, type: r.rel as EdgeType });
  }
  const nextSkip = skip + result.length < total ? skip + result.length : null;
  if (nextSkip !== null) {
    const moreId = `more:${params.id}:${nextSkip}`;
    nodes.push({
      id: moreId,
      type: 'more',
      label: 'more',
      parentId: params.id,
      remaining: total - nextSkip,
      skip: nextSkip,
    });
    edges.push({ id: `${params.id}|MORE|${moreId}`, source: params.id, target: moreId, type: 'MORE' });
  }
  return { id: params.id, nodes, edges, total, nextSkip };
}
