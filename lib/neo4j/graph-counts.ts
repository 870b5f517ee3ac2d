import 'server-only';
import { databaseName, getDriver } from './driver';

export const NODE_LABELS = ['Article', 'Section', 'Claim', 'Work', 'Author', 'Venue', 'Concept'] as const;
export const RELATIONSHIP_TYPES = [
  'HAS_SECTION',
  'HAS_CLAIM',
  'CITES',
  'REFERENCES',
  'AUTHORED_BY',
  'PUBLISHED_IN',
  'MENTIONS',
  'ABOUT',
  'BROADER',
] as const;

export interface GraphCounts {
  nodes: Record<(typeof NODE_LABELS)[number], number>;
  relationships: Record<(typeof RELATIONSHIP_TYPES)[number], number>;
}

// Counts by one label or type come from Neo4j's count store: constant time at any size.
const nodeCount = (label: string) => `MATCH (:${label}) RETURN '${label}' AS name, count(*) AS n`;
const relCount = (type: string) => `MATCH ()-[:${type}]->() RETURN '${type}' AS name, count(*) AS n`;

/** Nodes per label and relationships per type of the model, zero where there are none. */
export async function graphCounts(): Promise<GraphCounts> {
  const query = [...NODE_LABELS.map(nodeCount), ...RELATIONSHIP_TYPES.map(relCount)].join('\nUNION ALL\n');
  const { records } = await getDriver().executeQuery(
    query,
    {},
    { database: databaseName(), routing: 'READ' },
  );
  const byName = new Map(records.map((r) => [r.get('name') as string, Number(r.get('n'))]));
  const pick = <K extends string>(names: readonly K[]) =>
    Object.fromEntries(names.map((k) => [k, byName.get(k) ?? 0])) as Record<K, number>;
  return { nodes: pick(NODE_LABELS), relationships: pick(RELATIONSHIP_TYPES) };
}
