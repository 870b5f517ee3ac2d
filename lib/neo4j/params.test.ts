import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypherParams } from './params';

describe('cypherParams', () => {
  it('sends whole numbers as Cypher integers, deep inside lists and maps', () => {
    const out = cypherParams({ limit: 25, rows: [{ order: 3, ratio: 0.5, name: 'x', tags: [1, 2] }] });
    expect(neo4j.isInt(out.limit)).toBe(true);
    expect(out.limit.toString()).toBe('25');
    const row = out.rows[0];
    expect(neo4j.isInt(row?.order)).toBe(true);
    expect(row?.ratio).toBe(0.5);
    expect(row?.name).toBe('x');
    expect(row?.tags.every((t) => neo4j.isInt(t))).toBe(true);
  });

  it('leaves null and booleans alone', () => {
    expect(cypherParams({ a: null, b: true })).toEqual({ a: null, b: true });
  });
});
