import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '@/graph/elements';
import { fixtureGraph } from '@/graph/fixture.test-data';
import { indexGraph } from '@/graph/graph-index';
import { traceSelection } from '@/graph/trace';
import { applyCanvasState, frameViewport } from './canvas-state';

// A headless Cytoscape (no container) holds the same elements and classes as the page's canvas.
function canvasWithClassEvents() {
  const cy = cytoscape({ headless: true, elements: toElements(fixtureGraph) });
  const changed: string[] = [];
  cy.on('class', (e) => changed.push(e.target.id()));
  return { cy, changed };
}

describe('applyCanvasState', () => {
  const index = indexGraph(fixtureGraph);
  const claim = fixtureGraph.nodes.find((n) => n.type === 'claim');
  if (!claim) throw new Error('fixture has no claim');
  const trace = traceSelection(index, { kind: 'claim', id: claim.id });

  it('sets traced, faded, focus and hidden from the explorer state', () => {
    const { cy } = canvasWithClassEvents();
    const hiddenId = fixtureGraph.nodes.find((n) => n.type === 'venue')?.id ?? '';
    const visible = new Set(
      cy
        .elements()
        .map((el) => el.id())
        .filter((id) => id !== hiddenId),
    );
    applyCanvasState(cy, visible, trace, claim.id);
    expect(cy.getElementById(hiddenId).hasClass('hidden')).toBe(true);
    expect(cy.getElementById(claim.id).hasClass('focus')).toBe(true);
    for (const el of cy.elements()) {
      const id = el.id();
      const inTrace = trace ? (el.isNode() ? trace.nodes.has(id) : trace.edges.has(id)) : false;
      expect(el.hasClass('traced')).toBe(inTrace);
      expect(el.hasClass('faded')).toBe(!inTrace);
    }
    applyCanvasState(cy, null, null, null);
    expect(cy.elements('.hidden, .traced, .faded, .focus').length).toBe(0);
  });

  it('touches no element whose classes stay the same', () => {
    const { cy, changed } = canvasWithClassEvents();
    applyCanvasState(cy, null, null, null);
    expect(changed).toEqual([]);
    applyCanvasState(cy, null, trace, claim.id);
    const first = changed.length;
    expect(first).toBeGreaterThan(0);
    applyCanvasState(cy, null, trace, claim.id);
    expect(changed.length).toBe(first);
  });
});

describe('frameViewport', () => {
  const box = { x1: 0, y1: 0, w: 400, h: 200 };
  it('fits the box in the canvas with padding, centred', () => {
    const { zoom, pan } = frameViewport(box, 1000, 600, 0);
    expect(zoom).toBeCloseTo(Math.min(840 / 400, 440 / 200, 1.6));
    expect(pan.x + zoom * 200).toBeCloseTo(500);
    expect(pan.y + zoom * 100).toBeCloseTo(300);
  });
  it('centres the box in the part a sheet leaves uncovered', () => {
    const { zoom, pan } = frameViewport(box, 390, 560, 250);
    const visible = 310;
    expect(pan.y + zoom * 100).toBeCloseTo(visible / 2);
    // The whole box is above the sheet.
    expect(pan.y + zoom * 200).toBeLessThanOrEqual(visible);
    expect(pan.y).toBeGreaterThanOrEqual(0);
  });
  it('never zooms closer than 1.6', () => {
    expect(frameViewport({ x1: 0, y1: 0, w: 10, h: 10 }, 1000, 600, 0).zoom).toBe(1.6);
  });
});
