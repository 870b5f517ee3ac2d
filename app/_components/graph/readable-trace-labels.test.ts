import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildStylesheet } from '@/graph/styles';
import {
  keepTraceLabelsReadable,
  TRACE_LABEL_PX,
  TRACE_LABEL_WIDTH_PX,
  traceLabelWidthPx,
} from './readable-trace-labels';

function graph() {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(),
    elements: [
      { data: { id: 'c1', label: 'Sleep consolidates memory' }, classes: 'claim' },
      {
        data: { id: 'w1', label: 'Walker 2009: The role of sleep in cognition and emotion' },
        classes: 'work',
      },
      { data: { id: 'w2', label: 'Another work' }, classes: 'work' },
    ],
  });
  return cy;
}

/** A label's height on screen: its font size in graph units times the zoom. */
const screenPx = (cy: cytoscape.Core, id: string) => cy.$id(id).numericStyle('font-size') * cy.zoom();

describe('traced labels', () => {
  it('stay at a readable size on screen at a zoom where other labels give way', () => {
    const cy = graph();
    const stop = keepTraceLabelsReadable(cy);
    cy.zoom(0.3);
    cy.$id('c1').addClass('traced');
    cy.$id('w1').addClass('traced');
    expect(screenPx(cy, 'c1')).toBeCloseTo(TRACE_LABEL_PX);
    expect(screenPx(cy, 'w1')).toBeCloseTo(TRACE_LABEL_PX);
    expect(cy.$id('w1').style('text-wrap')).toBe('wrap');
    expect(cy.$id('w1').numericStyle('min-zoomed-font-size')).toBe(0);
    // An untraced node keeps the stylesheet's size, too small to draw at this zoom.
    expect(screenPx(cy, 'w2')).toBeLessThan(7);
    cy.zoom(2);
    expect(screenPx(cy, 'c1')).toBeCloseTo(TRACE_LABEL_PX);
    stop();
  });

  it('go back to the stylesheet when the trace moves on', () => {
    const cy = graph();
    keepTraceLabelsReadable(cy);
    cy.zoom(0.3);
    cy.$id('w1').addClass('traced');
    expect(screenPx(cy, 'w1')).toBeCloseTo(TRACE_LABEL_PX);
    cy.$id('w1').removeClass('traced');
    expect(cy.$id('w1').numericStyle('font-size')).toBe(9);
    expect(cy.$id('w1').style('text-wrap')).toBe('ellipsis');
  });
});

describe('the width a traced label wraps at', () => {
  it('is narrower than a column on screen in a layout of columns, so neighbouring columns never meet', () => {
    // Columns 220 units apart at a phone's zoom of 0.3 are 66 px apart.
    expect(traceLabelWidthPx(0.3, 220)).toBeLessThan(66);
    expect(traceLabelWidthPx(0.3, 220)).toBeGreaterThan(50);
  });
  it('is the usual width where columns are far apart on screen, or there are none', () => {
    expect(traceLabelWidthPx(1.6, 220)).toBe(TRACE_LABEL_WIDTH_PX);
    expect(traceLabelWidthPx(0.3, null)).toBe(TRACE_LABEL_WIDTH_PX);
  });
});
