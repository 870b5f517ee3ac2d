import type { ElementDefinition } from 'cytoscape';
import type { ArticleGraph, GraphEdge, GraphNode } from '@/lib/schemas/graph';
import { DISCREDITED_KINDS, SOURCE_BADGE_LABELS } from '@/lib/schemas/sources';
import { shortLabel } from './labels';
import { kindKey } from './node-kinds';

/** The data every node element carries; styles, filters and the tooltip read these fields. */
export interface NodeData {
  id: string;
  type: GraphNode['type'];
  kind: string;
  label: string;
  full: string;
  status?: string;
  order?: number;
  parentId?: string;
  /** A work's most severe source finding (retracted_source, doi_not_found, ...). */
  source?: string;
}

/**
 * Works read by their citation number first; an unlisted one has no title to show. A retracted or
 * questioned work says so in words before its title, so the badge is never colour alone.
 */
function workLabel(n: GraphNode): string | null {
  if (n.type !== 'work') return null;
  if (!n.listed) return `[${n.number ?? '?'}] not listed`;
  const badge =
    n.source && DISCREDITED_KINDS.includes(n.source) ? `${SOURCE_BADGE_LABELS[n.source].toUpperCase()} ` : '';
  return n.number !== null ? `[${n.number}] ${badge}${n.label}` : `${badge}${n.label}`;
}

function nodeData(n: GraphNode): NodeData {
  const data: NodeData = {
    id: n.id,
    type: n.type,
    kind: kindKey(n.type, n.type === 'work' ? n.listed : undefined),
    label: shortLabel(workLabel(n) ?? n.label),
    full: n.label,
  };
  if (n.type === 'claim') {
    data.status = n.status;
    data.order = n.order;
  }
  if (n.type === 'section') data.order = n.order;
  if (n.type === 'work' && n.number !== null) data.order = n.number;
  if (n.type === 'work' && n.source) data.source = n.source;
  if (n.type === 'more') {
    data.parentId = n.parentId;
    data.label = `+${n.remaining} more`;
  }
  return data;
}

export function toNodeElement(n: GraphNode): ElementDefinition {
  const data = nodeData(n);
  const classes = [data.type, data.kind];
  if (data.status) classes.push(`status-${data.status}`);
  if (data.source) classes.push(`source-${data.source}`);
  return { group: 'nodes', data: { ...data }, classes: classes.join(' ') };
}

export function toEdgeElement(e: GraphEdge): ElementDefinition {
  return { group: 'edges', data: { ...e }, classes: e.type.toLowerCase().replace('_', '-') };
}

/** API graph -> Cytoscape elements. Edges whose ends are missing (cut by a cap) are dropped. */
export function toElements(graph: Pick<ArticleGraph, 'nodes' | 'edges'>): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const nodes = graph.nodes.map(toNodeElement);
  const edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(toEdgeElement);
  return [...nodes, ...edges];
}
