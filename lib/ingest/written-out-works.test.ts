import { describe, expect, it } from 'vitest';
import { calloutFinder } from './callouts';
import { writtenOutWorkFinder } from './written-out-works';

const list = (...raws: string[]) => raws.map((raw, i) => ({ number: i + 1, raw, line: i + 1 }));

/**
 * A README that gives, under each section, the work it rests on in full, in whatever style the
 * section's writer used, and lists the same works again at the end in another style and order.
 */
describe('a listed work written out whole in the body', () => {
  const references = list(
    'Knuth, D. E. (1974). _Structured programming with go to statements._ ACM Computing Surveys, 6(4), 261-301.',
    'Pierre Dupont, Marie Curie-Sklodowska and Jean Martin (2011). _"A faster sketch for streaming quantile estimation"_. Discrete Algorithms Workshop Proceedings.',
    'Ada L. Byron, _"On the tabulation of polynomial differences"_, in Engines and Computation: Proceedings (1843).',
    'Hoare, C. A. R. (1961). _Algorithm 64: Quicksort._ Communications of the ACM, 4(7), 321.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => m.numbers);

  it('cites the entry whose byline the body gives name first, and numbers no work for its last author', () => {
    expect(
      find(
        'Reference: Pierre Dupont, Marie Curie-Sklodowska and Jean Martin (2011). "A faster sketch for streaming quantile estimation". Discrete Algorithms Workshop Proceedings.',
      ),
    ).toEqual([[2]]);
  });

  it('cites the entry whose year the body gives only after its venue, and takes no venue for a name', () => {
    expect(
      find(
        'Reference: Ada L. Byron, "On the tabulation of polynomial differences", in Engines and Computation: Proceedings (1843).',
      ),
    ).toEqual([[3]]);
  });

  it('cites it in another style, the byline in capitals and the year after the venue', () => {
    expect(
      find(
        'Reference: KNUTH, Donald E. Structured programming with go to statements. ACM Computing Surveys, 1974, vol. 6, no 4, p. 261-301.',
      ),
    ).toEqual([[1]]);
  });

  it('cites once where the callout already names the entry', () => {
    expect(
      find(
        'Reference: Hoare, C. A. R. (1961). Algorithm 64: Quicksort. Communications of the ACM, 4(7), 321.',
      ),
    ).toEqual([[4]]);
  });

  it('does not cite a work whose title the sentence only shares a phrase with', () => {
    const titled = list(
      'Lee, J., Baker, H., & Ranney, L. (2015). Retailer compliance with the Clean Air and Water Protection Act of 2009 in rural counties. Preventing Chronic Disease, 12, E171.',
      'Smith, A. (2019). A survey of air quality. Environmental Research, 4, 1-9.',
    );
    const text =
      'By 2015 the Clean Air and Water Protection Act of 2009 had given the agency new powers (Smith, 2019).';
    expect(calloutFinder(titled, [{ text }])(text).map((m) => m.numbers)).toEqual([[2]]);
  });
});

describe('a work written out whole against a numbered list', () => {
  it('is no citation: the numbers are the callouts', () => {
    const references = list(
      '1. Knuth DE. Structured programming with go to statements. ACM Comput Surv. 1974;6(4):261-301.',
      '2. Hoare CAR. Algorithm 64: Quicksort. Commun ACM. 1961;4(7):321.',
    );
    const text =
      'Figure adapted from Knuth DE. Structured programming with go to statements. ACM Comput Surv. 1974;6(4):261-301. Sorting is fast [2].';
    expect(calloutFinder(references, [{ text }])(text).map((m) => m.numbers)).toEqual([[2]]);
  });

  it('is no citation either where the list is unnumbered (an HTML <ol>) but the text cites [n]', () => {
    const references = list(
      'Knuth DE. Structured programming with go to statements. ACM Comput Surv. 1974;6(4):261-301.',
      'Hoare CAR. Algorithm 64: Quicksort. Commun ACM. 1961;4(7):321.',
    );
    const text =
      'Figure adapted from Knuth DE. Structured programming with go to statements. ACM Comput Surv. 1974;6(4):261-301. Sorting is fast [2].';
    expect(calloutFinder(references, [{ text }])(text).map((m) => m.numbers)).toEqual([[2]]);
  });
});

describe('writtenOutWorkFinder', () => {
  it('places the callout on the year nearest the words the text shares with the entry', () => {
    const find = writtenOutWorkFinder(
      list(
        'Ada L. Byron, "On the tabulation of polynomial differences", in Engines and Computation: Proceedings (1843).',
      ),
    );
    const text =
      'In 1840 she wrote notes. Reference: Ada L. Byron, "On the tabulation of polynomial differences", in Engines and Computation: Proceedings (1843).';
    const [work] = find(text);
    expect(work?.number).toBe(1);
    expect(text.slice(work?.year.start, work?.year.end)).toBe('1843');
    expect(text.slice(work?.start, work?.end)).toBe(
      'Ada L. Byron, "On the tabulation of polynomial differences", in Engines and Computation: Proceedings (1843',
    );
  });

  it('finds nothing when the block lacks the entry year', () => {
    const find = writtenOutWorkFinder(
      list(
        'Ada L. Byron, "On the tabulation of polynomial differences", in Engines and Computation: Proceedings (1843).',
      ),
    );
    expect(
      find('Ada L. Byron, "On the tabulation of polynomial differences", in Engines and Computation.'),
    ).toEqual([]);
  });

  it('names neither of two entries that share the same words equally', () => {
    const find = writtenOutWorkFinder(
      list(
        'Roe, P. (2001). Proceedings of the International Conference on Very Large Data Bases. VLDB.',
        'Doe, J. (2001). Proceedings of the International Conference on Very Large Data Bases. VLDB.',
      ),
    );
    expect(
      find(
        'Both appeared in the Proceedings of the International Conference on Very Large Data Bases, 2001.',
      ),
    ).toEqual([]);
  });
});
