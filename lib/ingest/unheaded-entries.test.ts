import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';

/** Works written out one to a paragraph under no heading, after the text that cites them by number. */
const text = (callouts: [string, string, string], works: string[]) => `# Decomposition

This class decomposes the error by the procedure specified in ${callouts[0]}.
The definition of bias is specified in ${callouts[1]}, and the other in ${callouts[2]}.

${works.join('\n\n')}

Valid options are listed below.
`;
const works = [
  'Ada B. Lind, Ben Okafor (2002). Estimating bias and variance from data. School of Computing, Victoria.',
  'Carl Moreau, Dana J. Zhou: Bias plus variance for zero-one loss. In: Machine Learning, 275-283, 1996.',
  'Ada B. Lind (2000). Boosting and wagging. Machine Learning. 40(2):159-196.',
];

describe('works written out after the text that cites them by number, under no heading', () => {
  it('reads "(1)" as a callout of the first of them, numbered by place', () => {
    const doc = parseArticle(text(['(1)', '(2)', '(3)'], works), { slug: 'bv' });
    expect(doc.entries.map((e) => e.raw.slice(0, 9))).toEqual(['Ada B. Li', 'Carl More', 'Ada B. Li']);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2, 3]]);
    expect(doc.claims.map((c) => c.text)).toContain('Valid options are listed below.');
  });

  it('reads "[1]" the same way', () => {
    const doc = parseArticle(text(['[1]', '[2]', '[3]'], works), { slug: 'bv' });
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2, 3]]);
  });

  it('takes no such run when a number cited is past it: the article is refused for its missing list', () => {
    expect(() => parseArticle(text(['(1)', '(2)', '[4]'], works), { slug: 'bv' })).toThrow(/no reference list/);
  });
});
