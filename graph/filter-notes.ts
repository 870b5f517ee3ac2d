import type { EvidenceStatus } from '@/lib/schemas/graph';
import type { GraphFilters } from './filters';
import type { GraphIndex } from './graph-index';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Why the filters show little or nothing, in words for the canvas area: a chosen concept that no
 * claim names ("Alexithymia: no claim mentions it; 1 work is about it"), and, when nothing at all
 * is left, that the filters together match nothing. Empty when there is nothing to explain.
 */
export function filterNotes(
  g: GraphIndex,
  f: GraphFilters,
  visible: ReadonlySet<string> | null,
  statusLabel: (s: EvidenceStatus) => string,
): string[] {
  const notes: string[] = [];
  for (const id of f.concepts) {
    const concept = g.node.get(id);
    const mentions = g.in(id, 'MENTIONS').length;
    if (!concept || mentions > 0) continue;
    const about = g.in(id, 'ABOUT').length;
    notes.push(
      `${concept.label}: no claim mentions it; ${about === 0 ? 'no work is about it' : `${plural(about, 'work is', 'works are')} about it`}.`,
    );
  }
  const empty = visible !== null && !g.nodes.some((n) => visible.has(n.id));
  if (empty) {
    const status = f.status.length ? ` with the status ${f.status.map(statusLabel).join(' or ')}` : '';
    const types = f.types.length ? ` among the node types ${f.types.join(', ')}` : '';
    notes.push(`Nothing to draw: no claim${status} matches these filters${types}.`);
  }
  return notes;
}
