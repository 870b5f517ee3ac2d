import { describe, expect, it } from 'vitest';
import { calloutFinder, markerContext } from './callouts';

const list = (...raws: string[]) => raws.map((raw, i) => ({ number: i + 1, raw, line: i + 1 }));

/** Entries as an APA list writes them, alphabetical, numbered by position. */
const APA = list(
  'Lee, K. (2018). Naps. Sleep, 2, 1-9.',
  'Smith, J. (2020a). One. Journal, 1, 1-2.',
  'Smith, J. (2020b). Two. Journal, 1, 3-4.',
  'Smith, J., & Jones, B. (2020). Both. Journal, 2, 5-6.',
  'Smith, J., Jones, B., & Lee, K. (2019). Three. Journal, 3, 7-8.',
  'Smith, P. (2017). Once. Review, 1, 1-2.',
  'Smith, Q. (2017). Twice. Review, 1, 3-4.',
);

const cites = (text: string) => calloutFinder(APA)(text).map((m) => [m.raw, m.numbers]);

describe('author–date linking', () => {
  it('links by family names, year and suffix; an entry is numbered by its position', () => {
    expect(cites('Naps help (Lee, 2018).')).toEqual([['(Lee, 2018)', [1]]]);
    expect(cites('It helps (Smith, 2020a, b).')).toEqual([['(Smith, 2020a, b)', [2, 3]]]);
    expect(cites('Smith and Jones (2020) agree.')).toEqual([['Smith and Jones (2020)', [4]]]);
    expect(cites('Smith et al. (2019) agree.')).toEqual([['Smith et al. (2019)', [5]]]);
  });

  it('cites every entry an ambiguous callout may mean', () => {
    expect(cites('Once or twice (Smith, 2017).')).toEqual([['(Smith, 2017)', [6, 7]]]);
  });

  it('numbers a callout that matches no entry past the list, once per work', () => {
    const find = calloutFinder(APA);
    expect(find('New (Brown, 2021) and old (Lee, 1999).').map((m) => m.numbers)).toEqual([[8], [9]]);
    expect(find('Again (Brown, 2021).').map((m) => m.numbers)).toEqual([[8]]);
  });

  it('reads "in Berlin (2020)" as a place unless a listed author is called so', () => {
    expect(cites('Founded in Berlin (2020), the lab grew.')).toEqual([]);
    expect(cites('As shown in Lee (2018), naps help.')).toEqual([['Lee (2018)', [1]]]);
  });

  it('reads a name after "from" as a work not listed when a remark or locator sits beside its year', () => {
    const find = calloutFinder(APA);
    const numbers = (text: string) => find(text).map((m) => m.numbers);
    expect(numbers('using statistics from Bem (2010; see Rouder & Morey for references).')).toEqual([[8]]);
    expect(numbers('data from Bem (2010, p. 4) again.')).toEqual([[8]]);
    expect(numbers('Visitors from Berlin (2020) came.')).toEqual([]);
  });

  it('cites both works of a year that the list tells apart by letters, for a callout without one', () => {
    const yu = list(
      'Yu, H., Kao, C., & He, Y. (2010a). One. PLOS Biology, 8, 1.',
      'Yu, H., Chen, C., & Shi, L. (2010b). Two. Neuron, 67, 2.',
      'Yu, H. (2011). Three. Cell, 1, 3.',
    );
    const find = calloutFinder(yu);
    expect(find('It has ~40 groups (Yu et al., 2010).').map((m) => m.numbers)).toEqual([[1, 2]]);
    expect(find('As Yu et al. (2010b) found.').map((m) => m.numbers)).toEqual([[2]]);
    // A letter the list does not have is still a work missing from it.
    expect(find('Also (Yu et al., 2010c).').map((m) => m.numbers)).toEqual([[4]]);
  });

  it('links bodies named in full, with lower-case words, commas or a leading "The"', () => {
    const bodies = list(
      "14CHRONO Centre of the Queen's University of Belfast (2014). Radiocarbon calibration. http://calib.qub.ac.uk/",
      'Centers for Disease Control and Prevention. (2020). Sleep facts. https://cdc.gov/sleep',
      'National Academies of Sciences, Engineering, and Medicine. (2018). Open science by design. NAP.',
      'U.S. Department of Health and Human Services. (2017). Physical activity guidelines. HHS.',
      'Stan Development Team (2016). Stan modeling language. https://mc-stan.org',
    );
    const find = calloutFinder(bodies);
    const numbers = (text: string) => find(text).map((m) => m.numbers);
    expect(numbers("Calibrated (14CHRONO Centre of the Queen's University of Belfast, 2014).")).toEqual([
      [1],
    ]);
    expect(numbers('Adults need sleep (Centers for Disease Control and Prevention, 2020).')).toEqual([[2]]);
    expect(numbers('Open (National Academies of Sciences, Engineering, and Medicine, 2018).')).toEqual([[3]]);
    expect(numbers('Activity (U.S. Department of Health and Human Services, 2017).')).toEqual([[4]]);
    expect(numbers('Fitted (The Stan Development Team, 2016).')).toEqual([[5]]);
    // A body the list lacks is cited, not listed; a table or a month is no body.
    expect(numbers('Rules (Ministry of Health and Care Services, 2019).')).toEqual([[6]]);
    expect(find('See (Table 2 of the Appendix, 2019) and (March of the Year, 2019).')).toEqual([]);
    // A label before "of" and the names: the names' work, not a body called "B of Lee".
    expect(cites('It is motor (lineage B of Lee, 2018).')).toEqual([['(lineage B of Lee, 2018)', [1]]]);
  });

  it('counts a dated work "in revision" or "submitted" only when the list has it', () => {
    const find = calloutFinder(APA);
    expect(find('Described in Shepherd et al. (2015, in revision), so we skip it.')).toEqual([]);
    expect(find('Shown before (Brown, 2019, submitted).')).toEqual([]);
    expect(find('As Lee (2018, in revision) notes.').map((m) => m.numbers)).toEqual([[1]]);
    expect(find('Shown before (Brown, 2019, p. 4).').map((m) => m.numbers)).toEqual([[8]]);
  });

  it('reads "of Carpenter (2009)" as the work when the name and year are called out plainly elsewhere', () => {
    const body = [
      { text: 'We use the data set of Carpenter (2009).' },
      { text: 'Carpenter (2009) updates it. Founded in Berlin (2020), the lab grew.' },
    ];
    const find = calloutFinder(APA, body);
    expect(find('We use the data set of Carpenter (2009).').map((m) => [m.raw, m.numbers])).toEqual([
      ['Carpenter (2009)', [8]],
    ]);
    expect(
      find('Carpenter (2009) updates it. Founded in Berlin (2020), the lab grew.').map((m) => m.raw),
    ).toEqual(['Carpenter (2009)']);
    // Without a plain callout elsewhere it stays a place and a year.
    expect(calloutFinder(APA)('We use the data set of Carpenter (2009).')).toEqual([]);
  });

  it('reads "(1)" only for a numbered list, and no author–date callouts there', () => {
    expect(markerContext(APA).parenthesised).toBe(false);
    const numbered = list('1. Lee, K. (2018). Naps. Sleep, 2, 1-9.', '2. Smith, J. (2020). One. J, 1, 1-2.');
    expect(markerContext(numbered).parenthesised).toBe(true);
    expect(calloutFinder(numbered)('Naps help (1, 2) as Smith (2020) said.').map((m) => m.raw)).toEqual([
      '(1, 2)',
    ]);
  });

  it('reads no "(1)" in an article whose body writes bracket markers', () => {
    const numbered = list('1. Lee, K. (2018). Naps. Sleep, 2, 1-9.', '2. Smith, J. (2020). One. J, 1, 1-2.');
    const body = [{ text: 'Naps help [1].' }, { text: 'Rate agreement (1–2): (1) yes; (2) no.' }];
    expect(markerContext(numbered, body).parenthesised).toBe(false);
    expect(
      calloutFinder(numbered, body)('Rate agreement (1–2): (1) yes; (2) no [2].').map((m) => m.raw),
    ).toEqual(['[2]']);
  });

  it('reads numeric markers beside author–date callouts (a mixed article)', () => {
    expect(cites('Naps help [1] (Lee, 2018).')).toEqual([
      ['[1]', [1]],
      ['(Lee, 2018)', [1]],
    ]);
  });
});
