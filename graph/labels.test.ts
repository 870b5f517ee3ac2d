import { describe, expect, it } from 'vitest';
import { shortLabel } from './labels';

describe('shortLabel', () => {
  it('keeps short text as it is, whitespace collapsed', () => {
    expect(shortLabel('  Boy   code ')).toBe('Boy code');
  });
  it('cuts long text at a word boundary with an ellipsis', () => {
    const l = shortLabel('Gender differences in alexithymia among adolescent boys', 28);
    expect(l).toBe('Gender differences in…');
    expect(l.length).toBeLessThanOrEqual(28);
  });
  it('cuts mid-word when there is no late space', () => {
    expect(shortLabel('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});
