import { describe, expect, it } from 'vitest';
import { fixtureGraph } from './fixture.test-data';
import { addPage, emptyExpansion, mergeGraph } from './merge';

describe('expanding neighbourhoods', () => {
  const page1 = {
    nodes: [
      { id: 'b/c9', type: 'claim' as const, label: 'Elsewhere', order: 9, sectionId: 'b/s0', kind: 'assertion', status: 'backed' as const },
      { id: 'more:w1:1', type: 'more' as const, label: 'more', parentId: 'w1', remaining: 3, skip: 1 },
    ],
    edges: [
      { id: 'b/c9|CITES|w1', source: 'b/c9', target: 'w1', type: 'CITES' as const },
      { id: 'w1|MORE|more:w1:1', source: 'w1', target: 'more:w1:1', type: 'MORE' as const },
    ],
  };
  it('adds new nodes and edges once', () => {
    const ex = addPage(addPage(emptyExpansion, page1), page1);
    const g = mergeGraph(fixtureGraph, ex);
    expect(g.nodes).toHaveLength(fixtureGraph.nodes.length + 2);
    expect(g.edges).toHaveLength(fixtureGraph.edges.length + 2);
  });
  it('drops an expanded "more" node and its edge', () => {
    const ex = addPage(addPage(emptyExpansion, page1), { nodes: [], edges: [] }, 'more:w1:1');
    const g = mergeGraph(fixtureGraph, ex);
    expect(g.nodes.some((n) => n.id === 'more:w1:1')).toBe(false);
    expect(g.edges.some((e) => e.target === 'more:w1:1')).toBe(false);
  });
  it('keeps the article graph as it is with nothing expanded', () => {
    expect(mergeGraph(fixtureGraph, emptyExpansion)).toBe(fixtureGraph);
  });
});
