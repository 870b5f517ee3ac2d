import type { ElementDefinition } from 'cytoscape';

/**
 * The "evidence trail" layout as plain positions: columns by node type read left to right
 * (section -> claim -> work -> author -> venue, concepts last), rows by article order. Each node
 * sits near the mean height of the neighbours it is reached from, then a column is pushed apart
 * so nothing overlaps. It is O(E + N log N) and has no iterations, so a graph of thousands of
 * elements is placed in milliseconds where a force layout would take many seconds.
 */
export type Positions = Record<string, { x: number; y: number }>;

export const trailColumns: Record<string, number> = {
  section: 0,
  claim: 1,
  work: 2,
  author: 3,
  venue: 4,
  concept: 5,
};

const CLAIM_COLUMN = 1;
export const COLUMN_GAP = 220;
const ROW_GAP = 34;

interface Item {
  id: string;
  type: string;
  order: number;
}

export function evidenceTrailPositions(elements: ElementDefinition[]): Positions {
  const items: Item[] = [];
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const l = neighbours.get(a);
    if (l) l.push(b);
    else neighbours.set(a, [b]);
  };
  for (const el of elements) {
    const d = el.data as Record<string, unknown>;
    if (el.group === 'edges' || 'source' in d) {
      link(String(d.source), String(d.target));
      link(String(d.target), String(d.source));
    } else {
      items.push({ id: String(d.id), type: String(d.type), order: typeof d.order === 'number' ? d.order : 0 });
    }
  }
  const pos: Positions = {};
  const typeOf = new Map(items.map((i) => [i.id, i.type]));
  const byType = (t: string) => items.filter((i) => i.type === t);

  // Claims anchor the rows: article order, one row each.
  byType('claim')
    .sort((a, b) => a.order - b.order)
    .forEach((c, row) => {
      pos[c.id] = { x: CLAIM_COLUMN * COLUMN_GAP, y: row * ROW_GAP };
    });

  // Every other column follows the column it is reached from (sections and concepts from
  // claims, works from claims, authors and venues from works).
  const placeColumn = (type: string) => {
    const col = byType(type).map((item) => {
      const ys = (neighbours.get(item.id) ?? []).flatMap((n) => {
        const p = pos[n];
        return p && typeOf.get(n) !== type ? [p.y] : [];
      });
      const wanted = ys.length ? ys.reduce((s, y) => s + y, 0) / ys.length : Number.POSITIVE_INFINITY;
      return { item, wanted };
    });
    col.sort((a, b) => a.wanted - b.wanted || a.item.order - b.item.order || (a.item.id < b.item.id ? -1 : 1));
    let next = Number.NEGATIVE_INFINITY;
    for (const { item, wanted } of col) {
      const y = Math.max(Number.isFinite(wanted) ? wanted : next + ROW_GAP, next + ROW_GAP);
      const placed = { x: (trailColumns[type] ?? 6) * COLUMN_GAP, y: Number.isFinite(y) ? y : 0 };
      pos[item.id] = placed;
      next = placed.y;
    }
  };
  for (const type of ['section', 'work', 'author', 'venue', 'concept']) placeColumn(type);

  // "More" placeholders sit just right of the node whose neighbours they stand for.
  for (const m of byType('more')) {
    const parent = (neighbours.get(m.id) ?? []).map((n) => pos[n]).find(Boolean);
    pos[m.id] = parent ? { x: parent.x + COLUMN_GAP / 2, y: parent.y + ROW_GAP / 2 } : { x: 0, y: 0 };
  }
  // Anything of a type the table does not know goes in a last column, in input order.
  items
    .filter((i) => !pos[i.id])
    .forEach((i, row) => {
      pos[i.id] = { x: 7 * COLUMN_GAP, y: row * ROW_GAP };
    });
  return pos;
}
