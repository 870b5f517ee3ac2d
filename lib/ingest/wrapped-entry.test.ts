import { describe, expect, it } from 'vitest';
import { withoutWrappingBrackets } from './wrapped-entry';

describe('an entry written whole inside square brackets', () => {
  it('loses the brackets round the whole entry', () => {
    expect(
      withoutWrappingBrackets('[Kolmogorov A (1941). “Confidence limits.” Annals, 12(4), 461–463.]'),
    ).toBe('Kolmogorov A (1941). “Confidence limits.” Annals, 12(4), 461–463.');
  });

  it('loses the opening bracket of a wrapped entry whose closing one comes on a later line', () => {
    expect(withoutWrappingBrackets('[Rousseeuw, Peter J., and Christophe Croux. "Alternatives to the')).toBe(
      'Rousseeuw, Peter J., and Christophe Croux. "Alternatives to the',
    );
  });

  it('keeps brackets inside the entry', () => {
    expect(withoutWrappingBrackets('[Smith, J. (2001). On [sic] things. Journal, 3, 1–4.]')).toBe(
      'Smith, J. (2001). On [sic] things. Journal, 3, 1–4.',
    );
  });

  it('keeps a label, a number or a link that closes before the text ends', () => {
    for (const text of [
      '[AM97] Achilles, R., Manaresi, M. (1997). Multiplicity. Trans. AMS 349.',
      '[1] Smith, J. (2001). Things.',
      '[Cuckoo Filter](https://example.org): Fan, B. (2014). Cuckoo filter.',
      '[]',
    ]) {
      expect(withoutWrappingBrackets(text)).toBe(text);
    }
  });
});
