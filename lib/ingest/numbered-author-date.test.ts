import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';

/**
 * A list numbered "1." or labelled "[1]" (as Pandoc and R Markdown write one) that the text cites
 * only by name and year: its callouts are read against the entries, a work not listed is numbered
 * after them, and "(1)" in the text stays an enumeration.
 */
const numberedBy = (label: (n: number) => string) => `# Counting cells

The method builds on earlier counts (Okafor et al, 2009; Lindqvist et al, 2012).
Its format is described in Okafor et al, 2009. Steps (1) and (2) are done by hand.

Haldane and Moran (2015) corrected the counts. We used the Kimura and Ota (1972) model.

## References

${label(1)} Haldane, R., and P. Moran. 2015. Correcting cell counts. *J Cell Sci* 4: 1-9.
${label(2)} Lindqvist, A., B. Sousa, C. Tan, and D. Weber. 2012. Counting in tissue.
    *Tissue Res* 8: 10-19.
${label(3)} Okafor, E., F. Grün, G. Hale, and H. Ito. 2009. A format for counts. *Cell Data* 2: 5-7.
`;

describe.each([
  ['numbered "1."', (n: number) => `${n}.`],
  ['labelled "[1]"', (n: number) => `[${n}]`],
])('a list %s cited by name and year', (_name, label) => {
  const doc = parseArticle(numberedBy(label), { slug: 'counting-cells' });
  const cites = doc.claims.filter((c) => c.cites.length > 0).map((c) => [c.text.slice(0, 30), c.cites]);

  it('links each callout to its entry and numbers the work not listed after the list', () => {
    expect(cites).toEqual([
      ['The method builds on earlier c', [2, 3]],
      ['Its format is described in Oka', [3]],
      ['Haldane and Moran (2015) corre', [1]],
      ['We used the Kimura and Ota (19', [4]],
    ]);
  });

  it('reads a bare "Okafor et al, 2009" too, and no "(1)" as a callout', () => {
    expect(doc.claims.find((c) => c.text.startsWith('Steps'))?.cites).toEqual([]);
    expect(doc.claims.find((c) => c.text.startsWith('Its format'))?.markers.map((m) => m.raw)).toEqual([
      'Okafor et al, 2009',
    ]);
  });
});
