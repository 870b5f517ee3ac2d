import { describe, expect, it } from 'vitest';
import { calloutFinder } from './callouts';

const list = (...raws: string[]) => raws.map((raw, i) => ({ number: i + 1, raw, line: i + 1 }));

describe('author–date callouts of works not yet dated', () => {
  const references = list(
    'Bürkner P. C. & Charpentier, E. (in review). Monotonic effects. PsyArXiv preprint.',
    'Heintzman, N. D., Hon, G. C., & Ren, B. (2009). Histone modifications at human enhancers. Nature, 459, 108–112.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => [m.raw, m.numbers]);

  it('links "in review" to the entry that is in review', () => {
    expect(find('It is monotonic (Bürkner & Charpentier, in review).')).toEqual([
      ['(Bürkner & Charpentier, in review)', [1]],
    ]);
  });

  it('counts work in preparation that the list lacks as no citation at all', () => {
    expect(find('Hemilineages differ (Lacin and Truman, in preparation).')).toEqual([]);
  });

  it('does not take initials "N. D." for "n.d."', () => {
    expect(find('Enhancers are marked (Heintzman et al., 2009).')).toEqual([
      ['(Heintzman et al., 2009)', [2]],
    ]);
  });
});

describe('entries that give the year last, after the title', () => {
  const references = list(
    'Robin Sibson: “SLINK: An optimally efficient algorithm for the single-link cluster method”. The Computer Journal 16 (1): 30–34 (1973).',
    'George W. Snedecor, William G. Cochran: Statistical methods. Ames, Iowa: Iowa State University Press (1989).',
    'Sibson, R. (1980). Another work of 1980. Journal, 1, 2.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => [m.raw, m.numbers]);

  it('takes the byline from before the title, given names first', () => {
    expect(find('It uses SLINK (Sibson, 1973) and tests (Snedecor and Cochran, 1989).')).toEqual([
      ['(Sibson, 1973)', [1]],
      ['(Snedecor and Cochran, 1989)', [2]],
    ]);
  });
});

describe("entries in BibTeX's plain style: names given first, the year after the pages", () => {
  const references = list(
    'H.T. Allawi and J. SantaLucia. Thermodynamics and NMR of internal G-T mismatches in DNA. Biochemistry, 36:10581-10594, 1997.',
    'Nicolas von Ahsen, Carl T Wittwer, and Ekkehard Schutz. Oligonucleotide melting temperatures under PCR conditions. Clin Chem, 47:1956-1961, 2001.',
    'J.G. Wetmur. DNA probes: applications of the principles of nucleic acid hybridization. Crit Rev Biochem Mol Biol, 26:227-259, 1991.',
    'Norman E. Watkins, Jr, William J. Kennely, and Mike J. Tsay. Thermodynamic contributions of single internal rA.dA mismatches. Nucleic Acids Res, 39:1894-1902, 2011.',
    'JR Hutton. Renaturation kinetics and thermal stability of DNA in aqueous solutions of formamide and urea. Nucleic Acids Res, 4:3537-3555, 1977.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => m.numbers);

  it('reads the byline up to its first full stop after a name, and the year that is no page', () => {
    expect(find('The model comes from Allawi and SantaLucia (1997).')).toEqual([[1]]);
    expect(find('(from von Ahsen et al. 2001)')).toEqual([[2]]);
    expect(find('(from Wetmur 1991)')).toEqual([[3]]);
    expect(find('parameters from Watkins et al. (2011)')).toEqual([[4]]);
    expect(find('as measured by Hutton (1977)')).toEqual([[5]]);
  });
});

describe('callouts that date an entry the list leaves undated', () => {
  const references = list(
    'Stan Development Team. Stan Modeling Language Users Guide and Reference Manual. https://mc-stan.org/users/documentation/',
    'Stan Development Team. (2018). RStan: the R interface to Stan. R package version 2.17.3.',
    'Lee, K. (2020). Three. J, 5, 6.',
    'Lee, K. Notes on a fourth. https://example.org/notes',
    'Lee, K. A fifth, undated too. https://example.org/fifth',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => [m.raw, m.numbers]);

  it('cites the one undated entry of those authors rather than their work of another year', () => {
    expect(find('See the guide (Stan Development Team, 2017) and (Stan Development Team, 2018).')).toEqual([
      ['(Stan Development Team, 2017)', [1]],
      ['(Stan Development Team, 2018)', [2]],
    ]);
  });

  it('links no undated entry when several of those authors are undated', () => {
    const [callout] = find('As noted (Lee, 2019).');
    expect(callout?.[1]).not.toEqual([4]);
    expect(callout?.[1]).not.toEqual([5]);
    expect(callout?.[1]).toEqual([3]);
  });
});

describe('listed works named without brackets', () => {
  const references = list(
    'Friedman et al, “Sparse inverse covariance estimation with the graphical lasso”, Biostatistics 9, pp 432, 2008',
    'Raj, P., & Maloy, S. (1990). Proline overproduction. Genetics, 125, 1–8.',
    'Berlin, I. (2019). One. J, 1, 2.',
    'Berlin, I. (2019). Two. J, 3, 4.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => [m.raw, m.numbers]);

  it('reads "Name Year" and "Name and Name Year" that name one entry exactly', () => {
    expect(find('It is from the Friedman 2008 Biostatistics paper.')).toEqual([['Friedman 2008', [1]]]);
    expect(find('marinum | AJ575266 | Raj and Maloy 1990) | +')).toEqual([['Raj and Maloy 1990', [2]]]);
  });

  it('reads no bare mention of another year, of unlisted names, or of two entries alike', () => {
    expect(find('The Friedman 2009 update, in March 2008, and Berlin 2019 meetings.')).toEqual([]);
  });

  it('reads a second year after "and" as another work of the same names', () => {
    const two = list(
      'Haralick, R.M., Shanmugam, K., and Dinstein, I. (1973). Textural features. IEEE SMC, 3, 610–621.',
      'Haralick, R. (May 1979). Statistical and structural approaches to texture. Proc. IEEE, 67, 786–804.',
    );
    const text = 'The algorithm was implemented after Haralick et al., 1973 and 1979.';
    expect(calloutFinder(two, [{ text }])(text).map((m) => [m.raw, m.numbers])).toEqual([
      ['Haralick et al., 1973', [1]],
      ['1979', [2]],
    ]);
  });
});

describe('names matched as whole words, bylines of initials first', () => {
  const references = list(
    'Mitasova, H., & Mitas, L. (1993). Interpolation by regularized spline with tension. Mathematical Geology, 25, 641–655.',
    'Mitasova, H., & Hofierka, J. (1993). Interpolation by regularized spline with tension: II. Mathematical Geology, 25, 657–671.',
    'W. M. Smart On a Problem in Navigation, MNRAS 106(2), 124–127 (1946).',
    'Smithson, K. (1946). Another. J, 1, 2.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => [m.raw, m.numbers]);

  it('tells apart two works of one first author and year by the second name, whole', () => {
    expect(find('(as described in Mitasova and Mitas, 1993)')).toEqual([
      ['(as described in Mitasova and Mitas, 1993)', [1]],
    ]);
  });

  it('finds the family name after the initials of a byline that runs into its title', () => {
    expect(find('Smart (1946) gives the series.')).toEqual([['Smart (1946)', [3]]]);
  });

  it('reads "Now (2014)" as no callout', () => {
    expect(find('Now (2014), however, the situation has reversed.')).toEqual([]);
  });
});

describe('bracketed numbers against an unnumbered list', () => {
  it('reads "theta[1]" written against a word as an index, a spaced "[1]" still as a callout', () => {
    const references = list('Gelman, A. (2013). Bayesian data analysis. CRC Press.');
    const text = 'The chains of theta[1] mix well [1] (Gelman, 2013).';
    expect(calloutFinder(references, [{ text }])(text).map((m) => m.raw)).toEqual(['[1]', '(Gelman, 2013)']);
  });

  it('keeps "memory[1]" a callout when the list is numbered', () => {
    const references = list('1. Walker, M. P. (2009). The role of sleep. Annals, 1156, 168–197.');
    const text = 'Sleep consolidates memory[1].';
    expect(calloutFinder(references, [{ text }])(text).map((m) => m.raw)).toEqual(['[1]']);
  });
});

describe('an entry whose byline is a dash', () => {
  it('takes the authors of the entry before, as Chicago and MLA lists mean "———."', () => {
    const references = list(
      'The Stan Development Team. 2014. “RStan Getting Started.” https://mc-stan.org/.',
      '———. 2016. Stan Modeling Language: User’s Guide and Reference Manual. https://mc-stan.org.',
    );
    const text =
      'See the manual (The Stan Development Team 2016) and the guide (The Stan Development Team 2014).';
    expect(calloutFinder(references, [{ text }])(text).map((m) => m.numbers)).toEqual([[2], [1]]);
  });
});

describe('a name and a year in parentheses against a numbered list', () => {
  it('is a product or an event, not a work left unlisted', () => {
    const references = list('1. Dean AG. Epi Info, version 3.4. Atlanta: CDC; 2007.');
    const text =
      'Data were entered into EpiInfo (EpiInfo 2007) and held at Rio+20 (also known as Earth Summit 2012) [1].';
    expect(calloutFinder(references, [{ text }])(text).map((m) => m.raw)).toEqual(['[1]']);
  });
});

describe('bare mentions of works not listed', () => {
  const references = list(
    'Heintzman, N. D., Hon, G. C., & Ren, B. (2009). Histone modifications at human enhancers. Nature, 459, 108–112.',
    'Love, M. I., et al. (2020). Tximeta: reference sequence checksums. PLoS Computational Biology, 16(2).',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => [m.raw, m.numbers]);

  it('numbers "Name et al YEAR" after the list when it names no entry', () => {
    expect(
      find(
        'According to Merino et al 2017 exon-level tests fail, as Love et al 2018 and Love et al 2020 agree.',
      ),
    ).toEqual([
      ['Merino et al 2017', [3]],
      ['Love et al 2018', [4]],
      ['Love et al 2020', [2]],
    ]);
  });

  it('takes a bare name and year without "et al" only when it names an entry', () => {
    expect(find('The Windows 2000 release and the Smith 2010 survey differ.')).toEqual([]);
    expect(find('Marks follow Heintzman 2009.')).toEqual([['Heintzman 2009', [1]]]);
  });
});

describe('a work named by "et al" and a year in an article that cites by number', () => {
  const references = list(
    '[1] P. Bojanowski, E. Grave, A. Joulin, T. Mikolov, Enriching Word Vectors with Subword Information, 2017.',
    '[2] A. Joulin, E. Grave, P. Bojanowski, T. Mikolov, Bag of Tricks for Efficient Text Classification, 2017.',
  );
  const body = [
    { text: 'Word vectors are learnt as in [1].' },
    { text: 'They are evaluated on the rare words dataset RW [Thang et al. 2013].' },
    { text: 'Counts came from EpiInfo (EpiInfo 2007).' },
    { text: 'Unpublished findings by Caldwell-Harris, Murphy, Velazquez, and McNamara (2011) agree.' },
  ];
  const find = (text: string) => calloutFinder(references, body)(text).map((m) => [m.raw, m.numbers]);

  it('is a work not listed, numbered after the list', () => {
    expect(find(body[1]?.text ?? '')).toEqual([['[Thang et al. 2013]', [3]]]);
  });

  it('while a product with its year, or a long byline told of in the prose, is none', () => {
    expect(find(body[2]?.text ?? '')).toEqual([]);
    expect(find(body[3]?.text ?? '')).toEqual([]);
  });
});

describe('a narrative byline of three names joined by a comma, with no comma before "&" or "and"', () => {
  const references = list(
    'R. A. Becker, J. M. Chambers and A. R. Wilks (1988) The New S Language. A Programming Environment. Wadsworth & Brooks/Cole.',
    'Smith, J., & Jones, K. (2020). A study of things. Journal of Stuff, 3(2), 10–20.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => [m.raw, m.numbers]);

  it('is the whole byline when it names an entry and its last two names name none', () => {
    expect(find('The case study in Becker, Chambers & Wilks (1988, Chapter 9) is one.')).toEqual([
      ['Becker, Chambers & Wilks (1988, Chapter 9)', [1]],
    ]);
    expect(find('As Becker, Chambers and Wilks (1988) show.')).toEqual([
      ['Becker, Chambers and Wilks (1988)', [1]],
    ]);
  });

  it('leaves a name before the comma out when the last two name an entry, or when none does', () => {
    expect(find('In Berlin, Smith and Jones (2020) met.')).toEqual([['Smith and Jones (2020)', [2]]]);
    expect(find('In Paris, Brown and Green (2011) met.')).toEqual([['Brown and Green (2011)', [3]]]);
  });
});

describe('author–date callouts with the year in square brackets, as AGU writes them', () => {
  const references = list(
    'Gorny, A. J. (1977), World Data Bank II General User Guide, Central Intelligence Agency.',
    'Wessel, P., and W. H. F. Smith (1996), A global shoreline database, J. Geophys. Res., 101, 8741–8743.',
  );
  const text = 'Lakes derive from WDBII [Gorny, 1977]; see Wessel and Smith [1996] for details.';

  it('reads "Wessel and Smith [1996]" as that work, not as the number 1996', () => {
    const find = calloutFinder(references, [{ text }]);
    expect(find(text).map((m) => [m.raw, m.numbers])).toEqual([
      ['[Gorny, 1977]', [1]],
      ['Wessel and Smith [1996]', [2]],
    ]);
  });
});

describe('a bracketed number typed against its word, in a text that cites by number', () => {
  const references = list(
    'Smith, D. A. There is no such thing as the EGM96 geoid. IGeS Bulletin, 1998.',
    'Losch, M. How to compute geoid undulations. 2007.',
  );
  const body = [
    'Several components define a geoid[1]: the field and the ellipsoid [2].',
    'The value x[1] = 2 and args[2]=3.',
  ];
  const find = calloutFinder(
    references,
    body.map((text) => ({ text })),
  );

  it('reads "a geoid[1]:" as a callout, and "x[1] =", "args[2]=" as indexes', () => {
    expect(find(body[0] as string).map((m) => [m.raw, m.numbers])).toEqual([
      ['[1]', [1]],
      ['[2]', [2]],
    ]);
    expect(find(body[1] as string)).toEqual([]);
  });

  it('reads none typed so where nothing else cites by a bracketed number', () => {
    const alone = ['Several components define a geoid[1]: the field and the ellipsoid.'];
    expect(
      calloutFinder(
        references,
        alone.map((text) => ({ text })),
      )(alone[0] as string),
    ).toEqual([]);
  });
});

describe('an entry that gives its title first and its byline after it', () => {
  const references = list(
    'Hepatitis B Virus of Genotype B with or without Recombination over the Core Gene. Fuminaka Sugauchi et al. JOURNAL OF VIROLOGY, June 2002, p. 5985–5992.',
    'Coral reef resilience in a warming ocean. Maria Rossi, Anna Bianchi. Marine Biology, 2019, 12, 1-9.',
    'Smith, J. (2002). Of Sugauchi and others: a history. Journal of History, 3, 1-2.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => [m.raw, m.numbers]);

  it('links a callout to the names after the title, ending in "et al." or in a full stop', () => {
    expect(find('Data are from Sugauchi et al. (2002).')).toEqual([['Sugauchi et al. (2002)', [1]]]);
    expect(find('Reefs recover (Rossi & Bianchi, 2019).')).toEqual([['(Rossi & Bianchi, 2019)', [2]]]);
  });

  it('takes no name from a title that is not names alone', () => {
    expect(find('As told before (Others, 2002).')).toEqual([['(Others, 2002)', [4]]]);
  });
});

describe('a letter the list does not print', () => {
  const references = list(
    'Lind CW (2013) Modelling jointed rock masses. D.Phil. Thesis, University of Oxford.',
    'Lind CW (2013) Contact detection in three dimensions. Powder Technology, 248: 94-102.',
    'Rossi S (2010) Slopes. Geotechnique, 60: 1-9.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => [m.raw, m.numbers]);

  it('reads "2013b" against two unlettered works of those authors and that year as either of them', () => {
    expect(find('As shown (Lind, 2013b).')).toEqual([['(Lind, 2013b)', [1, 2]]]);
  });

  it('reads "2010b" against one such work as a work not listed', () => {
    expect(find('As shown (Rossi, 2010b).')).toEqual([['(Rossi, 2010b)', [4]]]);
  });
});

describe('a list taken from a PDF: bylines run into titles, accents set apart', () => {
  const references = list(
    'Anne Abeille´, Lionel Cle´ment, and Franc¸ois Toussenel. Building a treebank for French. Treebanks. Springer Netherlands, 2003. 165-187.',
    'John J. Gumperz Discourse strategies. Vol. 1. Cambridge University Press, 1982.',
    'Carol Myers-Scotton Duelling languages: Grammatical structure in codeswitching. Oxford University Press, 1997.',
    'K. P. Soman AMRITA CEN @ ICON-2015: Part-of-Speech Tagging on Indian Language Mixed Scripts in Social Media.',
    'Bjo¨rn Gamba¨ck, and Amitava Das. On Measuring the Complexity of Code-Mixing. In Proceedings of ICON, pp. 1-7. 2014.',
  );
  const find = (text: string) => calloutFinder(references, [{ text }])(text).map((m) => [m.raw, m.numbers]);

  it('finds the name after given names when nothing parts the byline from the title', () => {
    expect(find('It alternates within one utterance (Gumperz, 1982).')).toEqual([['(Gumperz, 1982)', [2]]]);
    expect(find('Units are embedded (Myers-Scotton, 1997).')).toEqual([['(Myers-Scotton, 1997)', [3]]]);
  });

  it('reads a name with its accent set apart from its letter', () => {
    expect(find('French TreeBank (Abeille´ et al., 2003) respectively.')).toEqual([
      ['(Abeille´ et al., 2003)', [1]],
    ]);
    expect(find('Code-Mixing Index (Gamba¨ck and Das, 2014) is one.')).toEqual([
      ['(Gamba¨ck and Das, 2014)', [5]],
    ]);
  });

  it('does not take the last word of a byline read whole for a name', () => {
    expect(find('The winning entry of ICON 2015 scored higher.')).toEqual([]);
  });
});
