import { describe, expect, it } from 'vitest';
import { calloutFinder } from './callouts';

const list = (...raws: string[]) => raws.map((raw, i) => ({ number: i + 1, raw, line: i + 1 }));

/** A family name typed with two neighbouring letters swapped ("Aneslin" for Anselin). */
describe('a callout whose family name has two letters swapped', () => {
  const references = list(
    'Anselin, L. (1988). Spatial econometrics: methods and models. Dordrecht: Kluwer Academic.',
    'Gelman, A., & Rubin, D. B. (1992). Inference from iterative simulation. Statistical Science, 7(4), 457–472.',
    'Smith, J. (2001). A study of things. Journal of Stuff, 3(2), 10–20.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => m.numbers);

  it('cites the entry of that year whose first author it misspells, narratively', () => {
    expect(find('The data was originally described in Aneslin (1988) and ships with spdep.')).toEqual([[1]]);
  });

  it('cites it in brackets, the second author spelt right', () => {
    expect(find('Chains are compared (Gleman & Rubin, 1992).')).toEqual([[2]]);
  });

  it('numbers a name that differs otherwise, or a swap in another year, as works not listed', () => {
    expect(find('As Smyth (2001) and Aneslin (1990) argued.')).toEqual([[4], [5]]);
  });
});

/** A letter typed two places out of its place ("Edselbrunner" for Edelsbrunner). */
describe('a callout whose family name has a letter two places out', () => {
  const references = list(
    'Edelsbrunner, H., Kirkpatrick, D., & Seidel, R. (1983). On the shape of a set of points in the plane. IEEE Transactions on Information Theory, 29(4), 551–559.',
    'Smith, J. (2001). A study of things. Journal of Stuff, 3(2), 10–20.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => m.numbers);

  it('cites the entry of that year whose first author it spells so', () => {
    expect(find('It follows the definition in Edselbrunner et al. (1983).')).toEqual([[1]]);
  });

  it('numbers a name with letters further out, or three letters shuffled, as works not listed', () => {
    // "s" three places out; "ith" for "hit" turned around rather than moved.
    expect(find('See Edlebsrunner et al. (1983) and Smhti (2001).')).toEqual([[3], [4]]);
  });
});

describe('a callout whose family name doubles a letter once too few or too many', () => {
  const references = list(
    'Kittler, R., & Mikler, J. (1986). Basis of the utilization of solar radiation. Bratislava: VEDA.',
    'Hofierka, J. (1997). Direct solar radiation modelling. Geografický časopis, 49, 61–72.',
    'Smith, J. (2001). A study of things. Journal of Stuff, 3(2), 10–20.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => m.numbers);

  it('cites the entry of that year whose first author it spells with a single or a tripled letter', () => {
    expect(find('It follows Kitler and Mikler (1986) and (Hoffierka, 1997).')).toEqual([[1], [2]]);
  });

  it('numbers a name that drops a letter that is not doubled as a work not listed', () => {
    expect(find('As Smth (2001) and Kitler (1987) argued.')).toEqual([[4], [5]]);
  });
});

/** A letter typed in or left out of a long name ("Mathiews" for Mathews), and two names swapped. */
describe('a callout with a letter more or less, or its two names in the other order', () => {
  const references = list(
    'David H. Mathews, Jeffrey Sabina, Michael Zucker, and Douglas H Turner. Expanded sequence dependence of thermodynamic parameters. J Mol Biol, 288:911-940, 1999.',
    "Amanda S. O'toole, Stacy Miller, and Martin J Serra. Stability of 3' double nucleotide overhangs. RNA, 11:512-516, 2005.",
    'J. SantaLucia and Donald Hicks. The thermodynamics of DNA structural motifs. Annu. Rev. Biophys., 33:415-440, 2004.',
    'Clarke, J. (2010). A study of cells. Journal of Cells, 3(2), 10–20.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => m.numbers);

  it('cites the one entry of that year whose long name it spells with a letter more or less', () => {
    expect(find('The parameters come from Mathiews et al (1999).')).toEqual([[1]]);
  });

  it('cites the entry of exactly those two authors named the other way round', () => {
    expect(find('(from Hicks and Santalucia 2004)')).toEqual([[3]]);
  });

  it('leaves a short name a letter off, or another year, a work not listed', () => {
    expect(find("As Clark (2010), O'tool et al. (2005) and Mathiews et al (2001) argued.")).toEqual([
      [5],
      [6],
      [7],
    ]);
  });
});

describe('a callout whose second author is mistyped', () => {
  const references = list(
    'Rousseeuw, Peter J., and Christophe Croux. "Alternatives to the median absolute deviation." Journal of the American Statistical association 88.424 (1993): 1273-1283.',
    'Gelman, A., & Rubin, D. B. (1992). Inference from iterative simulation. Statistical Science, 7(4), 457–472.',
    'Gelman, A., & Hill, J. (2006). Data analysis using regression. Cambridge University Press.',
    'Hill, J. (2011). Bayesian nonparametric modeling. Journal of Computational and Graphical Statistics, 20(1), 217–240.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => m.numbers);

  it('cites the one entry of that first author and year, the co-author within two letters', () => {
    expect(find('as proposed by Rousseeuw and Croux (Rousseeuw, Crow 1993).')).toEqual([[1]]);
    expect(find('Chains are compared (Gelman & Rubbin, 1992).')).toEqual([[2]]);
  });

  it('numbers a co-author further off, of another initial, or a listed author, as works not listed', () => {
    // "Stern" is no slip of "Rubin"; "Hubin" changes the initial; Hill is an author of the list.
    expect(find('See (Gelman & Stern, 1992), (Gelman & Hubin, 1992) and (Gelman & Hill, 1992).')).toEqual([
      [5],
      [6],
      [7],
    ]);
  });

  it('does not guess between two entries of that first author and year', () => {
    const two = list(
      'Smith, J., & Jones, K. (2001). One study. Journal of Stuff, 3(2), 10–20.',
      'Smith, J., & Brown, L. (2001). Another study. Journal of Stuff, 3(3), 21–30.',
    );
    const text = 'As shown (Smith & Jonas, 2001), and (Smith & Browm, 2001).';
    expect(calloutFinder(two, [{ text }])(text).map((m) => m.numbers)).toEqual([[3], [4]]);
  });
});

describe('a callout whose family name is typed in lower case', () => {
  const references = list(
    'Wetmur, J. G. (1991). DNA probes: applications of the principles of nucleic acid hybridization. Critical Reviews in Biochemistry and Molecular Biology, 26, 227–259.',
    'May, R. M. (2012). Stability and complexity in model ecosystems. Princeton University Press.',
    'Young, T. (2001). On things. Journal of Stuff, 3(2), 10–20.',
    'Young, T. (2001). On other things. Journal of Stuff, 3(3), 21–30.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => m.numbers);

  it('cites the one entry of that name and year', () => {
    expect(find('Salt correction (from wetmur 1991) by default.')).toEqual([[1]]);
  });

  it('reads no month, no name of two entries and no name the list lacks', () => {
    expect(find('Released in may 2012, as young 2001 and smith 2005 said.')).toEqual([]);
  });
});
