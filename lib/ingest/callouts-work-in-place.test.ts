import { describe, expect, it } from 'vitest';
import { isWorkGivenInPlace } from './author-date/work-in-place';
import { calloutFinder } from './callouts';

const list = (...raws: string[]) => raws.map((raw, i) => ({ number: i + 1, raw, line: i + 1 }));

/**
 * A work given whole where the text points to it ("Please cite: …", "see the manuscript:"), not in
 * the list: the reader has the work, so its byline and year are no callout of a work not listed.
 */
describe('a work given whole in place', () => {
  const references = list(
    'Zhang, J., Kapli, P., Pavlidis, P., & Stamatakis, A. (2013). A general species delimitation method with applications to phylogenetic placements. Bioinformatics, 29(22), 2869-2876.',
    'Gulek, M., & Toroslu, I. H. (2010). A dynamic programming algorithm for tree-like weighted set packing problem. Information Sciences, 180(20), 3974-3979.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => m.numbers);
  const kapli =
    'Kapli T, Lutteropp S, Zhang J, Kobert K, Pavlidis P, Stamatakis A, Flouri T. (2016) Multi-rate Poisson tree processes for single-locus species delimitation under maximum likelihood and Markov chain Monte Carlo. Bioinformatics 33(11):1630-1638. doi:10.1093/bioinformatics/btx025';

  it('is no callout when it is its block, or follows a lead-in ending in a colon', () => {
    expect(find(kapli)).toEqual([]);
    expect(find(`Please cite the following publication if you use mPTP: ${kapli}`)).toEqual([]);
    expect(find(`* ${kapli}`)).toEqual([]);
  });

  it('is known by its venue: a DOI, or a volume and pages', () => {
    expect(isWorkGivenInPlace(kapli, kapli.indexOf('Stamatakis'))).toBe(true);
    const pages =
      'Lee K, Park S. (2019) Sleep and memory in older adults. Journal of Sleep Research, 28(3), 112-119.';
    expect(isWorkGivenInPlace(pages, pages.indexOf('Park'))).toBe(true);
  });

  it('leaves prose that opens with a callout of a work not listed as such', () => {
    expect(find('Kapli et al. (2016) extended the method to several rates of coalescence.')).toEqual([[3]]);
    expect(find('As shown by Kapli et al. (2016), the method scales: 33 trees in 11 seconds.')).toEqual([
      [3],
    ]);
  });

  it('leaves a callout after a colon in prose, with no venue after it, as a callout', () => {
    expect(find('One method stands out: Kapli et al. (2016) model several rates of coalescence.')).toEqual([
      [3],
    ]);
  });

  it('still cites a listed work whose byline opens a block', () => {
    expect(find('Zhang et al. (2013) introduced PTP. Bioinformatics 29(22):2869-2876.')).toEqual([[1]]);
    expect(find('The method follows (Gulek & Toroslu, 2010).')).toEqual([[2]]);
  });
});
