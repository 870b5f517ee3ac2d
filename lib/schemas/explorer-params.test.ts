import { describe, expect, it } from 'vitest';
import { parseExplorerParams, serializeExplorerParams } from './explorer-params';

describe('explorer URL params', () => {
  it('round-trips selection, filters, layout and renderer', () => {
    const url =
      'article=emotionally-unavailable-men&claim=emotionally-unavailable-men%2Fc12&concepts=boy-code,alexithymia&match=all&status=unlisted,uncited&types=claim,work&layout=evidence-trail&renderer=webgl';
    const state = parseExplorerParams(new URLSearchParams(url));
    expect(state).toEqual({
      article: 'emotionally-unavailable-men',
      selection: { kind: 'claim', id: 'emotionally-unavailable-men/c12' },
      concepts: ['boy-code', 'alexithymia'],
      match: 'all',
      status: ['unlisted', 'uncited'],
      types: ['claim', 'work'],
      layout: 'evidence-trail',
      renderer: 'webgl',
    });
    expect(parseExplorerParams(serializeExplorerParams(state))).toEqual(state);
  });
  it('reads each selection param', () => {
    for (const kind of ['work', 'author', 'concept', 'venue'] as const) {
      expect(parseExplorerParams(new URLSearchParams({ [kind]: 'x1' })).selection).toEqual({ kind, id: 'x1' });
    }
  });
  it('drops malformed values instead of failing the page', () => {
    const s = parseExplorerParams(new URLSearchParams('article=Bad Slug&status=bogus,uncited&types=claim,nope&layout=spiral&match=some'));
    expect(s.article).toBeNull();
    expect(s.status).toEqual(['uncited']);
    expect(s.types).toEqual(['claim']);
    expect(s.layout).toBeNull();
    expect(s.match).toBe('any');
    expect(s.renderer).toBe('canvas');
  });
  it('reads the audit page\'s status names as their explorer equivalents', () => {
    const s = parseExplorerParams(new URLSearchParams('status=unlisted_only,partly_unlisted,uncited,not_a_claim'));
    expect(s.status).toEqual(['unlisted', 'uncited', 'exempt']);
  });
  it('leaves defaults out of the URL', () => {
    expect(serializeExplorerParams(parseExplorerParams(new URLSearchParams(''))).toString()).toBe('');
  });
});
