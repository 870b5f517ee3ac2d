import { describe, expect, it } from 'vitest';
import type { GraphNode } from '@/lib/schemas/graph';
import type { SourceFindingKind } from '@/lib/schemas/sources';
import { toNodeElement } from './elements';
import { buildStylesheet } from './styles';

const work = (source?: SourceFindingKind): GraphNode => ({
  id: 'work:doi:10.5555/x',
  type: 'work',
  label: 'A nap restores the capacity to learn',
  number: 2,
  listed: true,
  year: 2003,
  ...(source ? { source } : {}),
});

describe('source badges on the canvas', () => {
  it('a retracted work carries its class and says so in its label', () => {
    const el = toNodeElement(work('retracted_source'));
    expect(el.classes).toContain('source-retracted_source');
    expect(el.data.label).toMatch(/^\[2\] RETRACTED A nap/);
    expect(el.data.source).toBe('retracted_source');
  });

  it('a finding short of a notice only marks the border; no finding changes nothing', () => {
    expect(toNodeElement(work('doi_not_found')).data.label).toMatch(/^\[2\] A nap/);
    expect(toNodeElement(work()).classes).toBe('work work');
  });

  it('the stylesheet draws the badges', () => {
    const selectors = buildStylesheet().map((s) => ('selector' in s ? s.selector : ''));
    expect(selectors.some((s) => s.includes('node.source-retracted_source'))).toBe(true);
    expect(selectors.some((s) => s.includes('node.source-doi_not_found'))).toBe(true);
  });
});
