import { describe, expect, it } from 'vitest';
import { type ParsedEntry, parseReferenceEntry } from '../reference-entry';

/*
 * Entries written by hand after each style's published rules and examples (IEEE Reference Guide,
 * MLA Handbook 9th ed., Chicago Manual 17th ed. author–date), with the fields expected of each
 * written from the entry itself. Container names lose the full stop that closes them, as in APA;
 * pages use an ASCII hyphen.
 */

interface Case {
  entry: string;
  expected: Partial<ParsedEntry>;
}

const a = (family: string, given: string | null) => ({ family, given });

const IEEE: Case[] = [
  {
    entry:
      '[1] J. U. Duncombe, “Infrared navigation—Part I: An assessment of feasibility,” IEEE Trans. Electron Devices, vol. ED-11, no. 1, pp. 34–39, Jan. 1959.',
    expected: {
      authors: [a('Duncombe', 'J. U.')],
      year: 1959,
      title: 'Infrared navigation—Part I: An assessment of feasibility',
      container: 'IEEE Trans. Electron Devices',
      volume: 'ED-11',
      issue: '1',
      pages: '34-39',
      kind: 'article',
    },
  },
  {
    entry:
      'J. K. Author and B. Smith, "Title of the article," IEEE Trans. Neural Netw., vol. 5, no. 2, pp. 100-110, 2019, doi: 10.1109/5.771073.',
    expected: {
      authors: [a('Author', 'J. K.'), a('Smith', 'B.')],
      year: 2019,
      title: 'Title of the article',
      container: 'IEEE Trans. Neural Netw',
      volume: '5',
      issue: '2',
      pages: '100-110',
      doi: '10.1109/5.771073',
      kind: 'article',
    },
  },
  {
    entry: '[2] B. Klaus and P. Horn, Robot Vision. Cambridge, MA, USA: MIT Press, 1986.',
    expected: {
      authors: [a('Klaus', 'B.'), a('Horn', 'P.')],
      year: 1986,
      title: 'Robot Vision',
      container: null,
      place: 'Cambridge, MA, USA',
      publisher: 'MIT Press',
      kind: 'book',
    },
  },
  {
    entry:
      '[3] L. Stein, “Random patterns,” in Computers and You, J. S. Brake, Ed. New York, NY, USA: Wiley, 1994, pp. 55–70.',
    expected: {
      authors: [a('Stein', 'L.')],
      year: 1994,
      title: 'Random patterns',
      container: 'Computers and You',
      place: 'New York, NY, USA',
      publisher: 'Wiley',
      pages: '55-70',
      chapter: true,
      kind: 'chapter',
    },
  },
  {
    entry:
      'K. He, X. Zhang, S. Ren, and J. Sun, “Deep residual learning for image recognition,” in Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR), Las Vegas, NV, USA, 2016, pp. 770–778.',
    expected: {
      authors: [a('He', 'K.'), a('Zhang', 'X.'), a('Ren', 'S.'), a('Sun', 'J.')],
      year: 2016,
      title: 'Deep residual learning for image recognition',
      container: 'Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR)',
      place: 'Las Vegas, NV, USA',
      publisher: null,
      pages: '770-778',
      chapter: false,
      kind: 'article',
    },
  },
  {
    entry:
      'A. Vaswani et al., “Attention is all you need,” in Proc. Adv. Neural Inf. Process. Syst., 2017, pp. 5998–6008.',
    expected: {
      authors: [a('Vaswani', 'A.')],
      year: 2017,
      title: 'Attention is all you need',
      container: 'Proc. Adv. Neural Inf. Process. Syst',
      pages: '5998-6008',
      kind: 'article',
    },
  },
  {
    entry:
      'R. E. Kalman, “A new approach to linear filtering and prediction problems,” J. Basic Eng., vol. 82, no. 1, pp. 35–45, Mar. 1960, doi: 10.1115/1.3662552.',
    expected: {
      authors: [a('Kalman', 'R. E.')],
      year: 1960,
      title: 'A new approach to linear filtering and prediction problems',
      container: 'J. Basic Eng',
      volume: '82',
      issue: '1',
      pages: '35-45',
      doi: '10.1115/1.3662552',
      kind: 'article',
    },
  },
  {
    entry: 'W.-K. Chen, Linear Networks and Systems. Belmont, CA, USA: Wadsworth, 1993, pp. 123–135.',
    expected: {
      authors: [a('Chen', 'W.-K.')],
      year: 1993,
      title: 'Linear Networks and Systems',
      place: 'Belmont, CA, USA',
      publisher: 'Wadsworth',
      pages: '123-135',
      kind: 'book',
    },
  },
  {
    entry:
      'J. Smith, “Writing clear references,” IEEE Author Center. Accessed: Mar. 3, 2021. [Online]. Available: https://ieeeauthorcenter.ieee.org/refs',
    expected: {
      authors: [a('Smith', 'J.')],
      year: null,
      title: 'Writing clear references',
      container: 'IEEE Author Center',
      url: 'https://ieeeauthorcenter.ieee.org/refs',
      kind: 'web',
    },
  },
  {
    entry:
      '[1] G. O. Young, “Synthetic structure of industrial plastics,” in Plastics, 2nd ed., vol. 3, J. Peters, Ed. New York: McGraw-Hill, 1964, pp. 15–64.',
    expected: {
      authors: [a('Young', 'G. O.')],
      year: 1964,
      title: 'Synthetic structure of industrial plastics',
      container: 'Plastics',
      volume: '3',
      place: 'New York',
      publisher: 'McGraw-Hill',
      pages: '15-64',
      kind: 'chapter',
    },
  },
  {
    entry:
      '[4] E. P. Wigner, “Theory of traveling-wave optical laser,” Phys. Rev., vol. 134, pp. A635–A646, Dec. 1965.',
    expected: {
      authors: [a('Wigner', 'E. P.')],
      year: 1965,
      title: 'Theory of traveling-wave optical laser',
      container: 'Phys. Rev',
      volume: '134',
      issue: null,
      pages: 'A635-A646',
      kind: 'article',
    },
  },
  {
    entry:
      '[6] D. B. Payne and J. R. Stern, “Wavelength-switched passively coupled single-mode optical network,” in Proc. IOOC-ECOC, 1985, pp. 585–590.',
    expected: {
      authors: [a('Payne', 'D. B.'), a('Stern', 'J. R.')],
      year: 1985,
      title: 'Wavelength-switched passively coupled single-mode optical network',
      container: 'Proc. IOOC-ECOC',
      pages: '585-590',
      chapter: false,
      kind: 'article',
    },
  },
  {
    entry:
      '[2] R. L. Myer, “Parametric oscillators and nonlinear materials,” in Nonlinear Optics, vol. 4, P. G. Harper and B. S. Wherret, Eds. San Francisco, CA: Academic, 1977, pp. 47–160.',
    expected: {
      authors: [a('Myer', 'R. L.')],
      year: 1977,
      title: 'Parametric oscillators and nonlinear materials',
      container: 'Nonlinear Optics',
      volume: '4',
      place: 'San Francisco, CA',
      publisher: 'Academic',
      pages: '47-160',
      kind: 'chapter',
    },
  },
];

const MLA: Case[] = [
  {
    entry:
      'Baron, Naomi S. “Redefining Reading: The Impact of Digital Communication Media.” PMLA, vol. 128, no. 1, Jan. 2013, pp. 193-200.',
    expected: {
      authors: [a('Baron', 'Naomi S.')],
      year: 2013,
      title: 'Redefining Reading: The Impact of Digital Communication Media',
      container: 'PMLA',
      volume: '128',
      issue: '1',
      pages: '193-200',
      kind: 'article',
    },
  },
  {
    entry:
      'Smith, John, and Jane Lee. "Sleep and Memory in Adults." Journal of Sleep Research, vol. 12, no. 3, 2019, pp. 45-67.',
    expected: {
      authors: [a('Smith', 'John'), a('Lee', 'Jane')],
      year: 2019,
      title: 'Sleep and Memory in Adults',
      container: 'Journal of Sleep Research',
      volume: '12',
      issue: '3',
      pages: '45-67',
      kind: 'article',
    },
  },
  {
    entry: 'Gleick, James. The Information: A History, a Theory, a Flood. Pantheon Books, 2011.',
    expected: {
      authors: [a('Gleick', 'James')],
      year: 2011,
      title: 'The Information: A History, a Theory, a Flood',
      container: null,
      publisher: 'Pantheon Books',
      kind: 'book',
    },
  },
  {
    entry:
      'Bazin, Patrick. “Toward Metareading.” The Future of the Book, edited by Geoffrey Nunberg, U of California P, 1996, pp. 153-68.',
    expected: {
      authors: [a('Bazin', 'Patrick')],
      year: 1996,
      title: 'Toward Metareading',
      container: 'The Future of the Book',
      publisher: 'U of California P',
      pages: '153-68',
      chapter: true,
      kind: 'chapter',
    },
  },
  {
    entry: 'Burdick, Anne, et al. Digital_Humanities. MIT Press, 2012.',
    expected: {
      authors: [a('Burdick', 'Anne')],
      year: 2012,
      title: 'Digital_Humanities',
      publisher: 'MIT Press',
      kind: 'book',
    },
  },
  {
    entry:
      'Hollmichel, Stefanie. “The Reading Brain: Differences between Digital and Print.” So Many Books, 25 Apr. 2013, https://somanybooks.org/2013/04/25/the-reading-brain/.',
    expected: {
      authors: [a('Hollmichel', 'Stefanie')],
      year: 2013,
      title: 'The Reading Brain: Differences between Digital and Print',
      container: 'So Many Books',
      url: 'https://somanybooks.org/2013/04/25/the-reading-brain/',
      kind: 'web',
    },
  },
  {
    entry:
      'Chan, Evans. “Postmodernism and Hong Kong Cinema.” Postmodern Culture, vol. 10, no. 3, May 2000, https://doi.org/10.1353/pmc.2000.0021.',
    expected: {
      authors: [a('Chan', 'Evans')],
      year: 2000,
      title: 'Postmodernism and Hong Kong Cinema',
      container: 'Postmodern Culture',
      volume: '10',
      issue: '3',
      doi: '10.1353/pmc.2000.0021',
      kind: 'article',
    },
  },
  {
    entry: 'Pratt, Mary Louise. “Arts of the Contact Zone.” Profession, 1991, pp. 33-40.',
    expected: {
      authors: [a('Pratt', 'Mary Louise')],
      year: 1991,
      title: 'Arts of the Contact Zone',
      container: 'Profession',
      pages: '33-40',
      kind: 'article',
    },
  },
  {
    entry: 'Dorris, Michael, and Louise Erdrich. The Crown of Columbus. HarperCollins, 1999.',
    expected: {
      authors: [a('Dorris', 'Michael'), a('Erdrich', 'Louise')],
      year: 1999,
      title: 'The Crown of Columbus',
      publisher: 'HarperCollins',
      kind: 'book',
    },
  },
  {
    entry:
      'Raento, Pauliina, and Stanley D. Brunn. “Visualizing Finland: Postage Stamps as Political Messengers.” Geografiska Annaler. Series B, Human Geography, vol. 87, no. 2, 2005, pp. 145–163. JSTOR, https://www.jstor.org/stable/3554307.',
    expected: {
      authors: [a('Raento', 'Pauliina'), a('Brunn', 'Stanley D.')],
      year: 2005,
      title: 'Visualizing Finland: Postage Stamps as Political Messengers',
      container: 'Geografiska Annaler. Series B, Human Geography',
      volume: '87',
      issue: '2',
      pages: '145-163',
      url: 'https://www.jstor.org/stable/3554307',
      kind: 'article',
    },
  },
  {
    entry:
      'Karvinen, Kristo. "Winter War, Anti-Communism and the volunteers from abroad, 1939-1940." Twentieth Century Communism, no. 21, autumn 2021, pp. 9-28. Gale Academic OneFile.',
    expected: {
      authors: [a('Karvinen', 'Kristo')],
      year: 2021,
      title: 'Winter War, Anti-Communism and the volunteers from abroad, 1939-1940',
      container: 'Twentieth Century Communism',
      volume: null,
      issue: '21',
      pages: '9-28',
      kind: 'article',
    },
  },
  {
    entry:
      'Hayles, Katherine. My Mother Was a Computer: Digital Subjects and Literary Texts. U of Chicago P, 2005.',
    expected: {
      authors: [a('Hayles', 'Katherine')],
      year: 2005,
      title: 'My Mother Was a Computer: Digital Subjects and Literary Texts',
      publisher: 'U of Chicago P',
      kind: 'book',
    },
  },
];

/*
 * MLA as Google Scholar's "Cite" box exports it: volume.issue, the year in parentheses, then the
 * pages after a colon. The year's parentheses come after the quoted title, not after the byline
 * as APA sets them.
 */
const SCHOLAR_MLA: Case[] = [
  {
    entry:
      'Rousseeuw, Peter J., and Christophe Croux. "Alternatives to the median absolute deviation." Journal of the American Statistical association 88.424 (1993): 1273-1283.',
    expected: {
      authors: [a('Rousseeuw', 'Peter J.'), a('Croux', 'Christophe')],
      year: 1993,
      title: 'Alternatives to the median absolute deviation',
      container: 'Journal of the American Statistical association',
      volume: '88',
      issue: '424',
      pages: '1273-1283',
      kind: 'article',
    },
  },
  {
    entry: 'Breiman, Leo. "Random forests." Machine learning 45.1 (2001): 5-32.',
    expected: {
      authors: [a('Breiman', 'Leo')],
      year: 2001,
      title: 'Random forests',
      container: 'Machine learning',
      volume: '45',
      issue: '1',
      pages: '5-32',
    },
  },
  {
    entry:
      'Vaswani, Ashish, et al. "Attention is all you need." Advances in neural information processing systems 30 (2017).',
    expected: {
      year: 2017,
      title: 'Attention is all you need',
      container: 'Advances in neural information processing systems',
      volume: '30',
      issue: null,
      pages: null,
    },
  },
];

const CHICAGO: Case[] = [
  {
    entry:
      'Keng, Shao-Hsun, Chun-Hung Lin, and Peter F. Orazem. 2017. “Expanding College Access in Taiwan, 1978–2014: Effects on Graduate Quality and Income Inequality.” Journal of Human Capital 11, no. 1 (Spring): 1–34. https://doi.org/10.1086/690235.',
    expected: {
      authors: [a('Keng', 'Shao-Hsun'), a('Lin', 'Chun-Hung'), a('Orazem', 'Peter F.')],
      year: 2017,
      title:
        'Expanding College Access in Taiwan, 1978–2014: Effects on Graduate Quality and Income Inequality',
      container: 'Journal of Human Capital',
      volume: '11',
      issue: '1',
      pages: '1-34',
      doi: '10.1086/690235',
      kind: 'article',
    },
  },
  {
    entry:
      'Smith, John, and Jane Lee. 2019. "Sleep and Memory in Adults." Journal of Sleep Research 12 (3): 45–67.',
    expected: {
      authors: [a('Smith', 'John'), a('Lee', 'Jane')],
      year: 2019,
      title: 'Sleep and Memory in Adults',
      container: 'Journal of Sleep Research',
      volume: '12',
      issue: '3',
      pages: '45-67',
      kind: 'article',
    },
  },
  {
    entry:
      'Grazer, Brian, and Charles Fishman. 2015. A Curious Mind: The Secret to a Bigger Life. New York: Simon & Schuster.',
    expected: {
      authors: [a('Grazer', 'Brian'), a('Fishman', 'Charles')],
      year: 2015,
      title: 'A Curious Mind: The Secret to a Bigger Life',
      container: null,
      place: 'New York',
      publisher: 'Simon & Schuster',
      kind: 'book',
    },
  },
  {
    entry:
      'Thoreau, Henry David. 2016. “Walking.” In The Making of the American Essay, edited by John D’Agata, 167–95. Minneapolis: Graywolf Press.',
    expected: {
      authors: [a('Thoreau', 'Henry David')],
      year: 2016,
      title: 'Walking',
      container: 'The Making of the American Essay',
      pages: '167-95',
      place: 'Minneapolis',
      publisher: 'Graywolf Press',
      chapter: true,
      kind: 'chapter',
    },
  },
  {
    entry:
      'LaSalle, Peter. 2017. “Conundrum: A Story about Reading.” New England Review 38 (1): 95–109. https://doi.org/10.1353/ner.2017.0015.',
    expected: {
      authors: [a('LaSalle', 'Peter')],
      year: 2017,
      title: 'Conundrum: A Story about Reading',
      container: 'New England Review',
      volume: '38',
      issue: '1',
      pages: '95-109',
      doi: '10.1353/ner.2017.0015',
      kind: 'article',
    },
  },
  {
    entry:
      'Aiello, Luca M., et al. 2019. “Large-Scale and High-Resolution Analysis of Food Purchases and Health Outcomes.” EPJ Data Science 8: 14.',
    expected: {
      authors: [a('Aiello', 'Luca M.')],
      year: 2019,
      title: 'Large-Scale and High-Resolution Analysis of Food Purchases and Health Outcomes',
      container: 'EPJ Data Science',
      volume: '8',
      issue: null,
      pages: '14',
      kind: 'article',
    },
  },
  {
    entry:
      'Pollan, Michael. 2006a. The Omnivore’s Dilemma: A Natural History of Four Meals. New York: Penguin.',
    expected: {
      authors: [a('Pollan', 'Michael')],
      year: 2006,
      title: 'The Omnivore’s Dilemma: A Natural History of Four Meals',
      place: 'New York',
      publisher: 'Penguin',
      kind: 'book',
    },
  },
  {
    entry:
      'Lee, Jane K. 2018. “Social Ties and Sleep.” American Sociological Review 83 (4): 700–725. https://doi.org/10.1177/0003122418781234.',
    expected: {
      authors: [a('Lee', 'Jane K.')],
      year: 2018,
      title: 'Social Ties and Sleep',
      container: 'American Sociological Review',
      volume: '83',
      issue: '4',
      pages: '700-725',
      doi: '10.1177/0003122418781234',
      kind: 'article',
    },
  },
  {
    entry:
      'Google. 2017. “Privacy Policy.” Privacy & Terms. Last modified April 17, 2017. https://www.google.com/policies/privacy/.',
    expected: {
      authors: [a('Google', null)],
      year: 2017,
      title: 'Privacy Policy',
      url: 'https://www.google.com/policies/privacy/',
      volume: null,
      pages: null,
      kind: 'web',
    },
  },
  {
    entry:
      'Welch, Kathleen E. 1999. Electric Rhetoric: Classical Rhetoric, Oralism, and a New Literacy. Cambridge: MIT Press.',
    expected: {
      authors: [a('Welch', 'Kathleen E.')],
      year: 1999,
      title: 'Electric Rhetoric: Classical Rhetoric, Oralism, and a New Literacy',
      place: 'Cambridge',
      publisher: 'MIT Press',
      kind: 'book',
    },
  },
  {
    entry:
      'King, John A. 2006. “United States History.” In The History Highway: A 21st Century Guide to Internet Resources, edited by Dennis A. Trinkle and Scott A. Merriman, 255–370. Armonk, NY: M. E. Sharpe.',
    expected: {
      authors: [a('King', 'John A.')],
      year: 2006,
      title: 'United States History',
      container: 'The History Highway: A 21st Century Guide to Internet Resources',
      pages: '255-370',
      place: 'Armonk, NY',
      publisher: 'M. E. Sharpe',
      kind: 'chapter',
    },
  },
  {
    entry:
      'Patten, Michael A., Guy McCaskie, and Philip Unitt. 2003. Birds of the Salton Sea: Status, Biogeography, and Ecology. Berkeley: University of California Press.',
    expected: {
      authors: [a('Patten', 'Michael A.'), a('McCaskie', 'Guy'), a('Unitt', 'Philip')],
      year: 2003,
      title: 'Birds of the Salton Sea: Status, Biogeography, and Ecology',
      place: 'Berkeley',
      publisher: 'University of California Press',
      kind: 'book',
    },
  },
];

/* AMS (amsplain) and Springer's mathematics style: the year in parentheses beside the volume. */
const MATHEMATICS: Case[] = [
  {
    entry:
      'R. Achilles and M. Manaresi, Multiplicities of a bigraded ring and intersection theory, Math. Ann. 309 (1997), no. 4, 573–591.',
    expected: {
      authors: [a('Achilles', 'R.'), a('Manaresi', 'M.')],
      year: 1997,
      title: 'Multiplicities of a bigraded ring and intersection theory',
      container: 'Math. Ann',
      volume: '309',
      issue: '4',
      pages: '573-591',
      kind: 'article',
    },
  },
  {
    entry: 'J.-P. Serre, Faisceaux algébriques cohérents, Ann. of Math. (2) 61 (1955), 197–278.',
    expected: {
      authors: [a('Serre', 'J.-P.')],
      year: 1955,
      title: 'Faisceaux algébriques cohérents',
      volume: '61',
      pages: '197-278',
      kind: 'article',
    },
  },
  {
    entry: 'Nishida-Ulrich, Computing j-multiplicities, J. Pure Appl. Algebra, 214(12) (2010), 2101–2110.',
    expected: {
      authors: [a('Nishida-Ulrich', null)],
      year: 2010,
      title: 'Computing j-multiplicities',
      container: 'J. Pure Appl. Algebra',
      volume: '214',
      issue: '12',
      pages: '2101-2110',
    },
  },
  {
    entry:
      'Achilles-Rams, Intersection numbers, Segre numbers and generalized Samuel multiplicities. Arch. Math. 77, 391–398 (2001).',
    expected: {
      authors: [a('Achilles-Rams', null)],
      year: 2001,
      title: 'Intersection numbers, Segre numbers and generalized Samuel multiplicities',
      container: 'Arch. Math',
      volume: '77',
      pages: '391-398',
      kind: 'article',
    },
  },
  {
    entry:
      'Swanson-Huneke, Integral Closure of Ideals, Rings, and Modules, London Mathematical Society Lecture Note Series, vol. 336. Cambridge University Press, Cambridge (2006).',
    expected: {
      authors: [a('Swanson-Huneke', null)],
      year: 2006,
      title:
        'Integral Closure of Ideals, Rings, and Modules, London Mathematical Society Lecture Note Series, vol. 336',
      publisher: 'Cambridge University Press',
      place: 'Cambridge',
      kind: 'book',
    },
  },
];

/** The year set off by commas after the byline, as AGU's older style and geoscience READMEs write it. */
const COMMA_YEAR: Case[] = [
  {
    entry:
      'Moreau, P., and K. L. Okafor, 2003, Relocating hotspots by plate motion, Earth Planet. Sci. Lett., 211, 45-58.',
    expected: {
      authors: [a('Moreau', 'P.'), a('Okafor', 'K. L.')],
      year: 2003,
      title: 'Relocating hotspots by plate motion',
      container: 'Earth Planet. Sci. Lett',
      volume: '211',
      pages: '45-58',
    },
  },
  {
    entry: 'Zhou, A., 1994, Seamount heights from altimetry, J. Geophys. Res., 99(B3), 1201–1215.',
    expected: {
      authors: [a('Zhou', 'A.')],
      year: 1994,
      title: 'Seamount heights from altimetry',
      issue: 'B3',
      pages: '1201-1215',
    },
  },
  {
    entry:
      'Lind, R.A., and D. Moreau, 1988, Pacific plate motion from volcanic chains, in: A. Nairn (ed.), The Ocean Basins, Vol. 7A, Plenum, New York, pp. 89-121.',
    expected: {
      authors: [a('Lind', 'R. A.'), a('Moreau', 'D.')],
      year: 1988,
      title: 'Pacific plate motion from volcanic chains',
      container: 'The Ocean Basins',
      pages: '89-121',
    },
  },
];

/* Nature's style, as its guide to authors sets entries out (written by hand, not copied). */
const NATURE: Case[] = [
  {
    entry:
      'Fan, H., Ives, A.R., Surget-Groba, Y. & Cannon, C.H. An assembly and alignment-free method of phylogeny reconstruction. BMC genomics 16, 522 (2015).',
    expected: {
      authors: [a('Fan', 'H.'), a('Ives', 'A. R.'), a('Surget-Groba', 'Y.'), a('Cannon', 'C. H.')],
      year: 2015,
      title: 'An assembly and alignment-free method of phylogeny reconstruction',
      container: 'BMC genomics',
      volume: '16',
      pages: '522',
      kind: 'article',
    },
  },
  {
    entry:
      'Okafor, B. D. et al. Sketching genomes: fast distance estimation. Genome Biol. 17, 132–140 (2016).',
    expected: {
      authors: [a('Okafor', 'B. D.')],
      year: 2016,
      title: 'Sketching genomes: fast distance estimation',
      container: 'Genome Biol',
      volume: '17',
      pages: '132-140',
    },
  },
  {
    entry:
      'Moreau, P. On the resemblance of documents. Compression and Complexity of Sequences 1997 - Proceedings, 21-29 (1998).',
    expected: {
      authors: [a('Moreau', 'P.')],
      year: 1998,
      title: 'On the resemblance of documents',
      container: 'Compression and Complexity of Sequences 1997 - Proceedings',
      pages: '21-29',
    },
  },
  {
    entry: 'van der Berg, J.-P. and Lind, R. Plate motion. Nature 387(6631), 365–369 (1997).',
    expected: {
      authors: [a('van der Berg', 'J.-P.'), a('Lind', 'R.')],
      year: 1997,
      title: 'Plate motion',
      container: 'Nature',
      volume: '387',
      issue: '6631',
      pages: '365-369',
    },
  },
];

const COLON_BYLINE: Case[] = [
  {
    entry:
      'Anda, A.A., Park, H.: Fast plane rotations with dynamic scaling. SIAM J. Matrix Anal. Appl. 15(1), 162-174 (1994)',
    expected: {
      authors: [a('Anda', 'A. A.'), a('Park', 'H.')],
      year: 1994,
      title: 'Fast plane rotations with dynamic scaling',
      container: 'SIAM J. Matrix Anal. Appl',
      volume: '15',
      issue: '1',
      pages: '162-174',
      kind: 'article',
    },
  },
  {
    entry:
      'A. A. Anda and H. Park: Fast plane rotations with dynamic scaling. SIAM J. matrix Anal. Appl., Vol. 15 (1994), pp. 162-174.',
    expected: {
      authors: [a('Anda', 'A. A.'), a('Park', 'H.')],
      year: 1994,
      title: 'Fast plane rotations with dynamic scaling',
      container: 'SIAM J. matrix Anal. Appl',
      volume: '15',
      pages: '162-174',
    },
  },
  {
    entry: 'W. James Kent: “BLAT — The BLAST-Like Alignment Tool”. Genome Research 12: 656–664 (2002).',
    expected: { year: 2002, container: 'Genome Research', volume: '12', pages: '656-664', kind: 'article' },
  },
  {
    // A subtitle's colon after a byline of names without initials is no byline's end.
    entry: 'Achilles-Manaresi, Multiplicities: a study. Math. Ann. 309, 573–591 (1997).',
    expected: { authors: [a('Achilles-Manaresi', null)], title: 'Multiplicities: a study', volume: '309' },
  },
];

describe.each([
  ['IEEE', IEEE],
  ['names ended by a colon (Springer LNCS, older reports)', COLON_BYLINE],
  ['comma-year (AGU)', COMMA_YEAR],
  ['MLA', MLA],
  ["Google Scholar's MLA", SCHOLAR_MLA],
  ['Chicago author–date', CHICAGO],
  ['mathematics (AMS, Springer)', MATHEMATICS],
  ['Nature', NATURE],
])('%s entries', (_style, cases) => {
  it.each(cases.map((c) => [c.entry, c.expected] as const))('%s', (entry, expected) => {
    expect(parseReferenceEntry(entry)).toMatchObject(expected);
  });
});

describe('entries of no such style', () => {
  it('leaves a quoted title with an APA journal tail to the journal reader', () => {
    expect(parseReferenceEntry('Smith, J. “Untitled notes.” Journal of Things, 4(2), 1-5.')).toMatchObject({
      authors: [a('Smith', 'J.')],
      title: 'Untitled notes',
      container: 'Journal of Things',
      volume: '4',
      issue: '2',
      pages: '1-5',
      kind: 'article',
    });
  });
});

describe('long hostile entries', () => {
  it.each([
    ['names before a parenthesised year', `${'A. Bb, '.repeat(20_000)}t, J 1 (2000), 1–2.`],
    ['parenthesised years', `A. Bb, t, J ${'1 (2000) '.repeat(20_000)}, 1–2.`],
    ['initials and commas', `${'A. Bb, '.repeat(20_000)}“t,” x`],
    ['quotes after a byline', `Smith, John. ${'“a.” '.repeat(20_000)}`],
    ['years after full stops', `Smith, John${'. 2019'.repeat(20_000)}. x`],
    ['segments', `A. Bb, “t,” ${'vol. 1, no. 2, x: y, '.repeat(20_000)}`],
    ['colons and brackets', `Smith, John. 2019. “t.” J ${'1 (2): '.repeat(20_000)}3`],
    ['inverted names before a year last', `${'Bb, A., '.repeat(20_000)}t. J 1, 2 (2000).`],
    ['initials before a colon', `${'A. Bb, '.repeat(20_000)}C. Dd: t. J 1 (2000), pp. 1-2.`],
    ['a long venue before a year last', `Bb, A. t. ${'J 1, '.repeat(20_000)}2 (2000).`],
  ])('reads %s in linear time', (_name, entry) => {
    const start = performance.now();
    parseReferenceEntry(entry);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
