import neo4j from 'neo4j-driver';

/**
 * The driver sends every JavaScript number as a Cypher Float, so `order: 3` would be stored as 3.0
 * and `LIMIT $limit` would be refused. Every number in this graph's parameters is a whole number
 * (orders, citation numbers, years, positions, limits), so whole numbers go as Cypher Integers.
 */
export function cypherParams<T>(value: T): T {
  return encode(value) as T;
}

function encode(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  }
  return value;
}
