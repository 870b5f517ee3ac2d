import Table from 'cli-table3';
import type { GraphCounts } from '@/lib/neo4j/graph-counts';

/** Nodes by label and relationships by type, side by side, for the end of a load. */
export function countsTable(counts: GraphCounts): string {
  const nodes = Object.entries(counts.nodes);
  const rels = Object.entries(counts.relationships);
  // No colours: the table also goes to logs and CI output.
  const table = new Table({
    head: ['Label', 'Nodes', 'Relationship', 'Count'],
    style: { head: [], border: [] },
  });
  for (let i = 0; i < Math.max(nodes.length, rels.length); i++) {
    const [label, n] = nodes[i] ?? ['', ''];
    const [type, r] = rels[i] ?? ['', ''];
    table.push([label, String(n), type, String(r)]);
  }
  return table.toString();
}
