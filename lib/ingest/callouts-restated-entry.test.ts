import { describe, expect, it } from 'vitest';
import { calloutFinder } from './callouts';

const list = (...raws: string[]) => raws.map((raw, i) => ({ number: i + 1, raw, line: i + 1 }));

/**
 * A work written out whole in the body (a reading list at the top of a page, "based on the paper
 * …") with the year of its preprint, where the list gives the year it was published.
 */
describe('a listed work restated in the body with another year', () => {
  const references = list(
    'Hoffman, M. D., & Gelman, A. (2014). The No-U-Turn sampler: adaptively setting path lengths in Hamiltonian Monte Carlo. Journal of Machine Learning Research, 15, 1593–1623.',
    'Smith, J., Lee, K., & Park, S. (2021). Implicitly adaptive importance sampling. Statistics and Computing, 31, 16.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => m.numbers);

  it('cites the entry whose authors and title it writes, as a reading-list item', () => {
    expect(
      find(
        'Smith, J., Lee, K., Park, S. (2020). Implicitly Adaptive Importance Sampling. arXiv preprint arXiv:1906.08850.',
      ),
    ).toEqual([[2]]);
  });

  it('cites it in prose too, the title after a comma', () => {
    expect(
      find(
        'This follows Hoffman and Gelman (2011), "The No-U-Turn Sampler: Adaptively Setting Path Lengths", closely.',
      ),
    ).toEqual([[1]]);
  });

  it('still numbers a callout with another year and no title as a work not listed', () => {
    // Two years off: one year off from the only entry of those authors is a year_mismatch instead.
    expect(find('Smith et al. (2019) showed that the sampler adapts.')).toEqual([[3]]);
    expect(find('Smith et al. (2020) showed that the sampler adapts.')).toEqual([[2]]);
  });

  it('does not take a different title by the same authors for the listed work', () => {
    expect(find('Hoffman and Gelman (2011). Sampling with long trajectories. Technical report.')).toEqual([
      [3],
    ]);
  });
});
