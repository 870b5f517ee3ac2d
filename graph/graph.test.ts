import { describe, expect, it } from 'vitest';
import { toElements } from './elements';
import { evidenceTrailPositions, trailColumns } from './evidence-trail';
import { visibleSubgraph } from './export';
import { conceptCounts, visibleIds } from './filters';
import { fixtureGraph } from './fixture.test-data';
import { indexGraph } from './graph-index';
import { chooseLayout, FORCE_LAYOUT_LIMIT, layoutSpec, layouts } from './layouts';
import { nodeKinds } from './node-kinds';
import { buildStylesheet } from './styles';
import { traceSelection } from './trace';

const g = indexGraph(fixtureGraph);
const none = { concepts: [], match: 'any' as const, status: [], types: [] };

describe('toElements', () => {
  const els = toElements(fixtureGraph);
  it('maps every node and edge, with the legend kind as a class', () => {
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(fixtureGraph.nodes.length);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(fixtureGraph.edges.length);
    const unlisted = els.find((e) => e.data.id === 'a/ref16');
    expect(unlisted?.classes).toContain('work-unlisted');
    expect(els.find((e) => e.data.id === 'w1')?.classes).toBe('work work');
    expect(els.find((e) => e.data.id === 'a/c2')?.classes).toContain('status-unlisted');
  });
  it('puts the citation number in a work label and keeps the full text apart', () => {
    const w = els.find((e) => e.data.id === 'w1');
    expect(w?.data.label).toBe('[1] Masculinity ideologies');
    expect(w?.data.full).toBe('Masculinity ideologies');
  });
  it('drops edges whose ends were cut', () => {
    const cut = toElements({ nodes: fixtureGraph.nodes.slice(0, 3), edges: fixtureGraph.edges });
    expect(cut.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(['a/s0-HAS_CLAIM-a/c0']);
  });
});

describe('styles', () => {
  it('has one block per legend kind, each with its own shape or border', () => {
    const sheet = buildStylesheet();
    for (const k of nodeKinds) expect(sheet.some((b) => 'selector' in b && b.selector === `node.${k.key}`)).toBe(true);
    const looks = new Set(nodeKinds.map((k) => `${k.shape}|${k.colour}|${k.border.style}`));
    expect(looks.size).toBe(nodeKinds.length);
    expect(nodeKinds.find((k) => k.key === 'work-unlisted')?.border.style).toBe('dashed');
  });
});

describe('layouts', () => {
  it('are declared with display names', () => {
    expect(layouts.map((l) => l.name)).toEqual(['fcose', 'evidence-trail', 'concentric']);
    for (const l of layouts) expect(l.displayName.length).toBeGreaterThan(3);
  });
  it('fall back to the evidence trail above the force-layout limit unless one is asked for', () => {
    expect(chooseLayout(null, 100)).toBe('fcose');
    expect(chooseLayout(null, FORCE_LAYOUT_LIMIT + 1)).toBe('evidence-trail');
    expect(chooseLayout('concentric', 10_000)).toBe('concentric');
  });
  it('evidence trail puts types in columns left to right and claims in article order', () => {
    const all = evidenceTrailPositions(toElements(fixtureGraph));
    const at = (id: string) => all[id] ?? { x: Number.NaN, y: Number.NaN };
    expect(at('a/s0').x).toBeLessThan(at('a/c0').x);
    expect(at('a/c0').x).toBeLessThan(at('w1').x);
    expect(at('w1').x).toBeLessThan(at('levant').x);
    expect(at('levant').x).toBeLessThan(at('jms').x);
    expect(at('a/c0').y).toBeLessThan(at('a/c1').y);
    expect(at('a/c2').y).toBeLessThan(at('a/c3').y);
    expect(at('w1').x).toBe((trailColumns.work ?? 0) * (at('a/c0').x / (trailColumns.claim ?? 1)));
    // No two nodes of one column share a row.
    const seen = new Set(Object.values(all).map((p) => `${p.x}|${p.y}`));
    expect(seen.size).toBe(Object.keys(all).length);
  });
  it('evidence trail places 5,000 elements fast', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, type: ['claim', 'work', 'author'][i % 3], order: i },
    }));
    const edges = Array.from({ length: 3000 }, (_, i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, source: `n${(i * 3) % 2000}`, target: `n${(i * 7 + 1) % 2000}` },
    }));
    const t0 = performance.now();
    const pos = evidenceTrailPositions([...nodes, ...edges]);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(Object.keys(pos)).toHaveLength(2000);
  });
  it('preset options carry the computed positions', () => {
    const opts = layoutSpec('evidence-trail').options(toElements(fixtureGraph)) as { name: string; positions: object };
    expect(opts.name).toBe('preset');
    expect(Object.keys(opts.positions)).toHaveLength(fixtureGraph.nodes.length);
  });
});

describe('traceSelection', () => {
  it('a claim lights up its section, cited works, their authors and venue', () => {
    const t = traceSelection(g, { kind: 'claim', id: 'a/c0' });
    expect([...(t?.nodes ?? [])].sort()).toEqual(['a/c0', 'a/s0', 'hall', 'jms', 'levant', 'w1', 'w3']);
    expect(t?.edges.has('a/c0-CITES-w1')).toBe(true);
    expect(t?.nodes.has('a/c1')).toBe(false);
  });
  it('a claim citing an unlisted number lights up the unlisted work', () => {
    expect([...(traceSelection(g, { kind: 'claim', id: 'a/c2' })?.nodes ?? [])].sort()).toEqual(['a/c2', 'a/ref16', 'a/s1']);
  });
  it('an author reaches their works and through them the claims', () => {
    const t = traceSelection(g, { kind: 'author', id: 'hall' });
    expect(t?.nodes.has('w3')).toBe(true);
    expect(t?.nodes.has('a/c0')).toBe(true);
    expect(t?.nodes.has('w1')).toBe(false);
  });
  it('a concept reaches its claims, their evidence and the works about it', () => {
    const t = traceSelection(g, { kind: 'concept', id: 'npd' });
    expect(t?.nodes.has('a/c2')).toBe(true);
    expect(t?.nodes.has('a/c3')).toBe(true);
    expect(t?.nodes.has('a/ref16')).toBe(true);
    expect(t?.nodes.has('a/c0')).toBe(false);
  });
  it('an unknown id traces nothing', () => {
    expect(traceSelection(g, { kind: 'claim', id: 'nope' })).toBeNull();
  });
});

describe('visibleIds', () => {
  it('shows everything without filters', () => {
    expect(visibleIds(g, none).size).toBe(fixtureGraph.nodes.length + fixtureGraph.edges.length);
  });
  it('a concept leaves the claims that mention it with their evidence', () => {
    const v = visibleIds(g, { ...none, concepts: ['npd'] });
    expect(v.has('a/c2') && v.has('a/c3') && v.has('a/ref16') && v.has('npd')).toBe(true);
    expect(v.has('a/c0') || v.has('w1') || v.has('norms') || v.has('a/s0')).toBe(false);
  });
  it('all requires every chosen concept; any takes either', () => {
    expect(visibleIds(g, { ...none, concepts: ['npd', 'norms'], match: 'all' }).has('a/c3')).toBe(true);
    expect(visibleIds(g, { ...none, concepts: ['npd', 'norms'], match: 'all' }).has('a/c0')).toBe(false);
    expect(visibleIds(g, { ...none, concepts: ['npd', 'norms'], match: 'any' }).has('a/c0')).toBe(true);
  });
  it('status keeps only the claims lacking a listed citation', () => {
    const v = visibleIds(g, { ...none, status: ['unlisted', 'uncited'] });
    expect(['a/c2', 'a/c3'].every((id) => v.has(id))).toBe(true);
    expect(v.has('a/c0') || v.has('a/c1')).toBe(false);
  });
  it('node types narrow what is drawn, edges follow their ends', () => {
    const v = visibleIds(g, { ...none, types: ['claim', 'work'] });
    expect(v.has('levant') || v.has('a/s0') || v.has('a/s0-HAS_CLAIM-a/c0')).toBe(false);
    expect(v.has('a/c0-CITES-w1')).toBe(true);
  });
  it('counts claims per concept', () => {
    expect(Object.fromEntries(conceptCounts(g))).toEqual({ norms: 2, npd: 2 });
  });
  it('exports only the visible subgraph', () => {
    const sub = visibleSubgraph(fixtureGraph, visibleIds(g, { ...none, concepts: ['npd'] }));
    expect(sub.nodes.map((n) => n.id)).not.toContain('w1');
    expect(sub.edges.every((e) => sub.nodes.some((n) => n.id === e.source))).toBe(true);
  });
});
