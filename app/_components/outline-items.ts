import type { GraphIndex } from '@/graph/graph-index';
import { shortLabel } from '@/graph/labels';
import type { SelectionKind } from '@/lib/schemas/explorer-params';
import type { EvidenceStatus } from '@/lib/schemas/graph';

/** One row of the outline tree; `key` is unique even when a work sits under several claims. */
export interface OutlineItem {
  key: string;
  id: string;
  kind: SelectionKind | 'section';
  level: 1 | 2 | 3;
  label: string;
  full: string;
  parentKey: string | null;
  expandable: boolean;
  status?: EvidenceStatus;
}

/** The rows on show: sections, the claims of expanded sections, the evidence of expanded claims. */
export function outlineItems(
  g: GraphIndex,
  visible: Set<string> | null,
  expanded: Set<string>,
): OutlineItem[] {
  const shown = (id: string) => visible === null || visible.has(id);
  const rows: OutlineItem[] = [];
  const sections = g.nodes.filter((n) => n.type === 'section' && shown(n.id));
  sections.sort((a, b) => (a.type === 'section' && b.type === 'section' ? a.order - b.order : 0));
  for (const s of sections) {
    const claims = g
      .out(s.id, 'HAS_CLAIM')
      .map((e) => g.node.get(e.target))
      .filter((c) => c?.type === 'claim' && shown(c.id));
    rows.push({
      key: s.id,
      id: s.id,
      kind: 'section',
      level: 1,
      label: s.label,
      full: s.label,
      parentKey: null,
      expandable: claims.length > 0,
    });
    if (!expanded.has(s.id)) continue;
    for (const c of claims) {
      if (c?.type !== 'claim') continue;
      const works = g.out(c.id, 'CITES').map((e) => g.node.get(e.target));
      rows.push({
        key: c.id,
        id: c.id,
        kind: 'claim',
        level: 2,
        label: shortLabel(c.label, 90),
        full: c.label,
        parentKey: s.id,
        expandable: works.length > 0,
        status: c.status,
      });
      if (!expanded.has(c.id)) continue;
      for (const w of works) {
        if (w?.type !== 'work') continue;
        const label = `[${w.number ?? '?'}] ${w.listed ? shortLabel(w.label, 70) : 'not in the reference list'}`;
        rows.push({
          key: `${c.id}>${w.id}`,
          id: w.id,
          kind: 'work',
          level: 3,
          label,
          full: w.label,
          parentKey: c.id,
          expandable: false,
        });
      }
    }
  }
  return rows;
}
