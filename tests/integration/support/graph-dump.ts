import type { Driver } from 'neo4j-driver';
import { databaseName, getDriver } from '@/lib/neo4j/driver';

/** JSON with keys sorted at every level, so two equal maps always print the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The whole graph as sorted lines: every node with its labels and properties, every relationship
 * with its type, properties and the ids of its ends. Two graphs are the same when their dumps are.
 * The revision counter is left out: it counts transactions, which batching changes on purpose; so
 * is an article's `loadedAt`, the time of its write, which two writes of one version never share.
 * The test database by default; another server through its own driver.
 */
export async function graphDump(
  driver: Driver = getDriver(),
  database = databaseName(),
): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:GraphRevision RETURN labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, properties(r) AS props, coalesce(a.id, a.slug) AS from, coalesce(b.id, b.slug) AS to`,
    {},
    { database },
  );
  return {
    nodes: nodes.records
      .map((r) => {
        const { loadedAt: _written, ...props } = r.get('props') as Record<string, unknown>;
        return canonical({ labels: r.get('labels'), props });
      })
      .sort(),
    relationships: rels.records
      .map((r) =>
        canonical({ type: r.get('type'), props: r.get('props'), from: r.get('from'), to: r.get('to') }),
      )
      .sort(),
  };
}
