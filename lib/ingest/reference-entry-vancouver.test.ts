import { describe, expect, it } from 'vitest';
import { withoutTrailingNotes } from './entry-notes';
import { parseReferenceEntry } from './reference-entry';

/*
 * Entries as PLOS journals print them, taken from the evaluation corpus (eval/corpus/jats/plos):
 * the older "Authors (Year) Title. Journal 392: 245–252." and the newer Vancouver "Authors, et al.
 * Title. Journal. 2014;133(5):587–97." followed by the database notes PubMed adds.
 */
describe('parseReferenceEntry on PLOS-style entries', () => {
  it('reads "Journal volume: pages" after a year given up front (journal.pbio.1001315 [1])', () => {
    expect(
      parseReferenceEntry(
        '1. Banchereau J, Steinman R. M (1998) Dendritic cells and the control of immunity. Nature 392: 245–252.',
      ),
    ).toMatchObject({
      authors: [
        { family: 'Banchereau', given: 'J.' },
        { family: 'Steinman', given: 'R. M.' },
      ],
      year: 1998,
      title: 'Dendritic cells and the control of immunity',
      container: 'Nature',
      volume: '392',
      issue: null,
      pages: '245-252',
      kind: 'article',
    });
  });

  it('reads the issue, an article number and a DOI after the pages (journal.pone.0114370 [25], pbio.1001315 [6])', () => {
    expect(
      parseReferenceEntry(
        '25. Friedl P, Alexander S (2011) Cancer invasion and the microenvironment: plasticity and reciprocity. Cell 147(5):992–1009. doi: 10.1016/j.cell.2011.11.016 22118458',
      ),
    ).toMatchObject({
      container: 'Cell',
      volume: '147',
      issue: '5',
      pages: '992-1009',
      doi: '10.1016/j.cell.2011.11.016',
    });
    expect(
      parseReferenceEntry(
        '6. Browne E. P, Littman D. R (2009) Myd88 is required for an antibody response to retroviral infection. PLoS Pathog 5: e1000298. 10.1371/journal.ppat.1000298',
      ),
    ).toMatchObject({
      authors: [
        { family: 'Browne', given: 'E. P.' },
        { family: 'Littman', given: 'D. R.' },
      ],
      container: 'PLoS Pathog',
      volume: '5',
      pages: 'e1000298',
    });
  });

  it('ends a Vancouver byline at "et al." and takes the year before the volume, not the pages (journal.pone.0146913 [2])', () => {
    expect(
      parseReferenceEntry(
        '2. Castellanos FX, Lee PP, Sharp W, Jeffries NO, Greenstein DK, Clasen LS, et al. Developmental trajectories of brain volume abnormalities in children and adolescents with attention-deficit/hyperactivity disorder. JAMA. 2002;288(14):1740–8. 12365958.',
      ),
    ).toMatchObject({
      authors: ['Castellanos', 'Lee', 'Sharp', 'Jeffries', 'Greenstein', 'Clasen'].map((family) => ({
        family,
      })),
      year: 2002,
      title:
        'Developmental trajectories of brain volume abnormalities in children and adolescents with attention-deficit/hyperactivity disorder',
      container: 'JAMA',
      volume: '288',
      issue: '14',
      pages: '1740-8',
    });
  });

  it('reads family names of several words before their initials (journal.ppat.1000105, journal.pmed.1001418)', () => {
    expect(
      parseReferenceEntry(
        'van der Wel N, Hava D, Gey van Pittius NC, Ekani Bessala MM, et al. (2007) M. tuberculosis and M. leprae translocate from the phagolysosome to the cytosol in myeloid cells. Cell 129: 1287–1298.',
      ).authors,
    ).toEqual([
      { family: 'van der Wel', given: 'N.' },
      { family: 'Hava', given: 'D.' },
      { family: 'Gey van Pittius', given: 'N. C.' },
      { family: 'Ekani Bessala', given: 'M. M.' },
    ]);
  });

  it('keeps the letter that tells two works of one year apart', () => {
    expect(
      parseReferenceEntry(
        'Cao, R., & Zhang, Y. (2004a). The functions of E(Z)/EZH2-mediated methylation of lysine 27 in histone H3. Curr Opin Genet Dev, 14, 155–64.',
      ),
    ).toMatchObject({ year: 2004, yearSuffix: 'a', container: 'Curr Opin Genet Dev' });
    expect(parseReferenceEntry('Smith J (2004) Title. Nature 1: 2–3.').yearSuffix).toBeNull();
  });
});

describe('withoutTrailingNotes', () => {
  it('drops PubMed ids, PMCIDs and Epub dates after the last field', () => {
    expect(
      withoutTrailingNotes(
        'Fischl B. FreeSurfer. Neuroimage. 2012;62(2):774–81. Epub 2012/01/18. 22248573; PubMed Central PMCID: PMCPmc3685476.',
      ),
    ).toBe('Fischl B. FreeSurfer. Neuroimage. 2012;62(2):774–81.');
    expect(
      withoutTrailingNotes('Gaur D (2004) Title. Int J Parasitol 34: 1413–1429. PubMed: 15582519.'),
    ).toBe('Gaur D (2004) Title. Int J Parasitol 34: 1413–1429.');
  });

  it('leaves an entry that ends with a field as it is', () => {
    const entry = 'Levant, R. F. (2009). Gender. Psychology of Men, 10(3), 190–203.';
    expect(withoutTrailingNotes(entry)).toBe(entry);
    expect(withoutTrailingNotes('Nat Commun. 2015;6:123456')).toBe('Nat Commun. 2015;6:123456');
  });
});

describe('parseReferenceEntry on the rest of the corpus shapes', () => {
  it('takes a web address out of the brackets it was printed in (journal.pcbi.1000589 [7], [42])', () => {
    expect(
      parseReferenceEntry('7. The R Project for Statistical Computing [http://www.R-project.org/]'),
    ).toMatchObject({
      title: 'The R Project for Statistical Computing',
      url: 'http://www.R-project.org/',
    });
    expect(
      parseReferenceEntry(
        '42. Naming conventions (programming) [http://en.wikipedia.org/w/index.php?title=Naming_conventions_(programming)&oldid=302546480]',
      ).url,
    ).toBe('http://en.wikipedia.org/w/index.php?title=Naming_conventions_(programming)&oldid=302546480');
  });

  it('reads a journal whose pages follow the volume without a colon, or follow no volume (pcbi.1004453 [21], pcbi.1000204 [37])', () => {
    expect(
      parseReferenceEntry(
        '21. Ziller MJ, Edri R, Yaffe Y, Donaghey J, Pop R, et al. (2015) Dissecting neural differentiation regulatory networks through epigenetic footprinting. Nature 518 355–359.',
      ),
    ).toMatchObject({ container: 'Nature', volume: '518', pages: '355-359' });
    expect(
      parseReferenceEntry(
        '37. Batchelor CR, Corbett PT (2007) Semantic enrichment of journal articles using chemical named entity recognition. Proc ACL: 45–48.',
      ),
    ).toMatchObject({ container: 'Proc ACL', volume: null, pages: '45-48' });
  });

  it('keeps a title of two sentences whole when its second would be read into the journal (elife00013 [22], [17])', () => {
    expect(
      parseReferenceEntry(
        'Chelius, M., & Triplett, E. (2000). Dyadobacter fermentans gen. nov., sp nov., a novel gram-negative bacterium isolated from surface-sterilized Zea mays stems. Int J Syst Evol Microbiol, 50, 751–758.',
      ),
    ).toMatchObject({
      title:
        'Dyadobacter fermentans gen. nov., sp nov., a novel gram-negative bacterium isolated from surface-sterilized Zea mays stems',
      container: 'Int J Syst Evol Microbiol',
    });
    expect(
      parseReferenceEntry(
        'Butenandt, A., Beckmann, R., & Hecker, E. (1961). On the sex attractant of silk-moths. I. The biological test and the isolation of the pure sex-attractant bombykol. Hoppe-Seylers Z Physiol Chem, 324, 71–83.',
      ),
    ).toMatchObject({
      title:
        'On the sex attractant of silk-moths. I. The biological test and the isolation of the pure sex-attractant bombykol',
      container: 'Hoppe-Seylers Z Physiol Chem',
    });
  });

  it('leaves a journal name with a full stop of its own in the journal', () => {
    expect(
      parseReferenceEntry(
        'Smith J (2000) Effects of practice. Journal of experimental psychology. General 12: 3–4.',
      ),
    ).toMatchObject({
      title: 'Effects of practice',
      container: 'Journal of experimental psychology. General',
    });
    expect(
      parseReferenceEntry(
        '33. Krouskop TA, Wheeler TM (1998) Elastic moduli of breast and prostate tissues under compression. Ultrason. Imaging 20(4):260–274.',
      ),
    ).toMatchObject({ container: 'Ultrason. Imaging', volume: '20', issue: '4' });
  });
});

describe('parseReferenceEntry on Vancouver entries with supplements, questions and database ids', () => {
  it('reads a supplement as the issue, an issue without volume, and pages ending in a letter (pone.0146913 [14], pone.0153152 [16], pone.0147124 [50])', () => {
    expect(
      parseReferenceEntry(
        '14. Smith SM, Jenkinson M, Woolrich MW. Advances in functional and structural MR image analysis and implementation as FSL. Neuroimage. 2004;23 Suppl 1:S208–19. doi: 10.1016/j.neuroimage.2004.07.051 15501092.',
      ),
    ).toMatchObject({ container: 'Neuroimage', volume: '23', issue: 'Suppl 1', pages: 'S208-19' });
    expect(
      parseReferenceEntry(
        '16. Stead LF, Lancaster T. Interventions for preventing tobacco sales to minors. Cochrane Database Syst Rev. 2005;(1):CD001497. Epub 2005/01/28.',
      ),
    ).toMatchObject({ container: 'Cochrane Database Syst Rev', volume: null, issue: '1', pages: 'CD001497' });
    expect(
      parseReferenceEntry(
        '50. Slominski A, Paus R. Melanogenesis is coupled to murine anagen. J Invest Dermatol. 1993;101:90S–7S. 8326158',
      ),
    ).toMatchObject({ volume: '101', pages: '90S-7S' });
  });

  it('ends a title at its question mark before a Vancouver venue (pone.0152459 [34])', () => {
    expect(
      parseReferenceEntry(
        '34. Alonso I, Fuste V, del Pino M, Castillo P, Torne A, Fuste P, et al. Does human papillomavirus infection imply a different prognosis in vulvar squamous cell carcinoma? Gynecologic oncology. 2011;122(3):509–14. doi: 10.1016/j.ygyno.2011.05.016 21652058.',
      ),
    ).toMatchObject({
      title:
        'Does human papillomavirus infection imply a different prognosis in vulvar squamous cell carcinoma?',
      container: 'Gynecologic oncology',
      year: 2011,
      volume: '122',
    });
  });

  it('ends a byline at initials the title split took for an abbreviation (pone.0146913 [26])', () => {
    expect(
      parseReferenceEntry(
        '26. McGraw KO, Wong SP. Forming inferences about some intraclass correlation coefficients. Psychological methods. 1996;1(1):30.',
      ),
    ).toMatchObject({
      authors: [
        { family: 'McGraw', given: 'K. O.' },
        { family: 'Wong', given: 'S. P.' },
      ],
      title: 'Forming inferences about some intraclass correlation coefficients',
      container: 'Psychological methods',
    });
  });

  it('reads four initials, hyphenated initials, a generation, "et. al." and a one-acronym byline', () => {
    expect(
      parseReferenceEntry(
        '5. Blanker MH, Bosch JLHR, Ho B-C, Cahill GF Jr., Wagner HR 2nd, et. al. (2001) Erectile dysfunction. J Urol 1: 2–3.',
      ).authors.map((a) => a.family),
    ).toEqual(['Blanker', 'Bosch', 'Ho', 'Cahill', 'Wagner']);
    expect(
      parseReferenceEntry(
        '31. WHO (2002) Prevention and control of schistosomiasis. WHO Tech Rep Ser 912: 1–57.',
      ).authors,
    ).toEqual([{ family: 'WHO', given: null }]);
  });

  it('drops a PsycINFO number and a space-separated PubMed id after a [pii]', () => {
    expect(withoutTrailingNotes('Health Psychol. 2004;23(5):517–24. 2004-18051-009. 15367071')).toBe(
      'Health Psychol. 2004;23(5):517–24.',
    );
    expect(withoutTrailingNotes('Nature. 2010;467(7319):1061–73. nature09534 [pii] 20981092')).toBe(
      'Nature. 2010;467(7319):1061–73.',
    );
  });
});
