import { describe, expect, it } from 'vitest';
import { stableKey } from './stable-key';

describe('stableKey', () => {
  it('is the same whatever the order of the parameters, and leaves out undefined ones', () => {
    expect(stableKey({ id: 'x', article: 'a', limit: 100 })).toBe(
      stableKey({ limit: 100, article: 'a', id: 'x' }),
    );
    expect(stableKey({ slug: undefined, limit: 2000 })).toBe(stableKey({ limit: 2000 }));
  });

  it('tells different values apart, including values that only differ in type', () => {
    expect(stableKey({ limit: 1 })).not.toBe(stableKey({ limit: '1' }));
    expect(stableKey({ q: 'a', article: 'b' })).not.toBe(stableKey({ q: 'a,article', article: undefined }));
  });
});
