import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugFromFileName, slugFromTitle } from './slug';

describe('slugFromFileName', () => {
  it('makes a slug from a file name', () => {
    expect(slugFromFileName('emotionally-unavailable-men.txt')).toBe('emotionally-unavailable-men');
    expect(slugFromFileName('Why Sleep Matters (2nd ed.).md')).toBe('why-sleep-matters-2nd-ed');
    expect(slugFromFileName('Café Études.txt')).toBe('cafe-etudes');
  });

  it('gives slugs that the slug pattern accepts', () => {
    expect(SLUG_PATTERN.test(slugFromFileName('A  B__C.txt'))).toBe(true);
    expect(SLUG_PATTERN.test('Bad Slug')).toBe(false);
  });
});

describe('slugFromTitle', () => {
  it('keeps every word of a title, dots included', () => {
    expect(slugFromTitle('Sleep & Memory')).toBe('sleep-memory');
    expect(slugFromTitle('Policy in the U.S. today')).toBe('policy-in-the-u-s-today');
  });
});
