import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from './parse-article';

/**
 * A README that gives each structure's paper right under the paragraph that points at it, the
 * paragraph saying only "(see reference)", and lists the papers again at its end.
 */
const readme = (pointer: string, after: string) => `# Sketches

## HyperLogLog

HyperLogLog estimates the number of distinct elements using around 1.5 kB of memory${pointer}

${after}

## Count-Min Sketch

The Count-Min sketch (Cormode & Muthukrishnan, 2005) counts occurrences in sub-linear space.

## References

* Flajolet, P., Fusy, É., Gandouet, O., & Meunier, F. (2007). _HyperLogLog: the analysis of a near-optimal cardinality estimation algorithm_. Discrete Mathematics and Theoretical Computer Science Proceedings.
* Cormode, G., & Muthukrishnan, S. (2005). _An improved data stream summary: the count-min sketch and its applications_. Journal of Algorithms, 55(1), 58-75.
`;
const flajolet =
  '**Reference:** Philippe Flajolet, Éric Fusy, Olivier Gandouet and Frédéric Meunier (2007). _HyperLogLog: the analysis of a near-optimal cardinality estimation algorithm_. Discrete Mathematics and Theoretical Computer Science Proceedings.';

const citing = async (text: string) =>
  (await parseArticleBytes(new TextEncoder().encode(text), { name: 'README.md', slug: 'sketches' })).claims
    .filter((c) => c.cites.length > 0)
    .map((c) => [c.text.slice(0, 24), c.cites]);

describe('a paragraph that points at the work given right after it', () => {
  it('cites what the next paragraph, the work restated, cites', async () => {
    expect(await citing(readme(' (see reference).', flajolet))).toEqual([
      ['HyperLogLog estimates th', [1]],
      ['Reference: Philippe Flaj', [1]],
      ['The Count-Min sketch (Co', [2]],
    ]);
  });

  it('reads "See the following reference for details:" and "described in" at the end of the paragraph', async () => {
    const cases: [string, string][] = [
      ['. See the following reference for details:', 'See the following refere'],
      [', as described in', 'HyperLogLog estimates th'],
    ];
    for (const [pointer, sentence] of cases) {
      const [first] = await citing(readme(pointer, flajolet));
      expect(first).toEqual([sentence, [1]]);
    }
  });

  it('cites nothing when the paragraph after it cites nothing, or when it points at nothing', async () => {
    const countMin = ['The Count-Min sketch (Co', [2]];
    expect(await citing(readme(' (see reference).', 'It is used by many databases.'))).toEqual([countMin]);
    expect(await citing(readme(' in practice.', flajolet))).toEqual([
      ['Reference: Philippe Flaj', [1]],
      countMin,
    ]);
  });
});
