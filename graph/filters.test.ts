import { describe, expect, it } from 'vitest';
import type { ArticleGraph, GraphEdge } from '@/lib/schemas/graph';
import { filterNotes } from './filter-notes';
import { visibleIds } from './filters';
import { fixtureGraph } from './fixture.test-data';
import { indexGraph } from './graph-index';

/*
 * The seed's case: "Alexithymia" is named by no sentence, but work [3] (w3, "Gender differences in
 * alexithymia") is about it and claim c0 cites it. A second concept, "Stonewalling", has neither.
 */
const about = (source: string, target: string): GraphEdge => ({
  id: `${source}-ABOUT-${target}`,
  source,
  target,
  type: 'ABOUT',
});
const graph: ArticleGraph = {
  ...fixtureGraph,
  nodes: [
    ...fixtureGraph.nodes,
    { id: 'alex', type: 'concept', label: 'Alexithymia' },
    { id: 'stone', type: 'concept', label: 'Stonewalling' },
  ],
  edges: [...fixtureGraph.edges, about('w3', 'alex')],
};
const g = indexGraph(graph);
const none = { concepts: [], match: 'any' as const, status: [], types: [] };
const label = (s: string) => s;

describe('visibleIds with works about a concept', () => {
  it('keeps the work about the concept, its authors, and the claims citing it with their section', () => {
    const v = visibleIds(g, { ...none, concepts: ['alex'] });
    for (const id of ['alex', 'w3', 'levant', 'hall', 'a/c0', 'a/s0', 'w3-ABOUT-alex', 'a/c0-CITES-w3']) {
      expect(v.has(id), id).toBe(true);
    }
    // Claims that neither mention it nor cite a work about it stay hidden.
    expect(v.has('a/c2') || v.has('a/c3') || v.has('npd')).toBe(false);
  });

  it('a status filter applies to the claims citing the work too', () => {
    const backed = visibleIds(g, { ...none, concepts: ['alex'], status: ['backed'] });
    expect(backed.has('a/c0') && backed.has('w3')).toBe(true);
    const uncited = visibleIds(g, { ...none, concepts: ['alex'], status: ['uncited'] });
    expect(g.nodes.some((n) => uncited.has(n.id))).toBe(false);
  });

  it('with all, a work must be about every chosen concept', () => {
    const v = visibleIds(g, { ...none, concepts: ['alex', 'npd'], match: 'all' });
    expect(v.has('w3')).toBe(false);
  });
});

describe('filterNotes', () => {
  it('says a concept no claim names, and how many works are about it', () => {
    const f = { ...none, concepts: ['alex'] };
    expect(filterNotes(g, f, visibleIds(g, f), label)).toEqual([
      'Alexithymia: no claim mentions it; 1 work is about it.',
    ]);
  });

  it('says why the canvas is empty', () => {
    const f = { ...none, concepts: ['stone'] };
    expect(filterNotes(g, f, visibleIds(g, f), label)).toEqual([
      'Stonewalling: no claim mentions it; no work is about it.',
      'Nothing to draw: no claim matches these filters.',
    ]);
    const s = { ...none, concepts: ['alex'], status: ['uncited' as const] };
    expect(filterNotes(g, s, visibleIds(g, s), label).at(-1)).toBe(
      'Nothing to draw: no claim with the status uncited matches these filters.',
    );
  });

  it('has nothing to say when claims name the concept', () => {
    const f = { ...none, concepts: ['npd'] };
    expect(filterNotes(g, f, visibleIds(g, f), label)).toEqual([]);
    expect(filterNotes(g, none, null, label)).toEqual([]);
  });
});
