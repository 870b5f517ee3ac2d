import { describe, expect, it } from 'vitest';
import { findAuthorDateCallouts } from './find-callouts';

/** Each callout as its text and its items written "family+family/year+suffix" ("+" for et al.). */
function read(text: string): [string, string[]][] {
  return findAuthorDateCallouts(text).map((c) => [
    text.slice(c.start, c.end),
    c.items.map((i) => `${i.families.join('+')}${i.etAl ? '+etal' : ''}/${i.year}${i.suffix}`),
  ]);
}

describe('author–date callouts', () => {
  it('reads parenthetical callouts with "&", "and", with and without a comma', () => {
    expect(read('Sleep helps (Smith & Jones, 2020).')).toEqual([
      ['(Smith & Jones, 2020)', ['smith+jones/2020']],
    ]);
    expect(read('Sleep helps (Smith and Jones 2020).')).toEqual([
      ['(Smith and Jones 2020)', ['smith+jones/2020']],
    ]);
  });

  it('reads several items, prefixes and page locators', () => {
    expect(read('Sleep helps (e.g., Smith, 2020; Lee, 2018, p. 4).')).toEqual([
      ['(e.g., Smith, 2020; Lee, 2018, p. 4)', ['smith/2020', 'lee/2018']],
    ]);
  });

  it('reads prose before the names and after the year', () => {
    expect(read('It is known (for a recent review see Margueron and Reinberg, 2011).')).toEqual([
      ['(for a recent review see Margueron and Reinberg, 2011)', ['margueron+reinberg/2011']],
    ]);
    expect(read('It is known (see Margueron and Reinberg, 2010 for a recent review).')).toEqual([
      ['(see Margueron and Reinberg, 2010 for a recent review)', ['margueron+reinberg/2010']],
    ]);
    expect(read('It binds (see Seeger and Rice, 2010; Seelig and Jayaraman, 2013).')).toEqual([
      [
        '(see Seeger and Rice, 2010; Seelig and Jayaraman, 2013)',
        ['seeger+rice/2010', 'seelig+jayaraman/2013'],
      ],
    ]);
    expect(read('It is known (data from van der Berg, 2019).')).toEqual([
      ['(data from van der Berg, 2019)', ['van der berg/2019']],
    ]);
  });

  it('reads narrative callouts with et al., suffixes and several years', () => {
    expect(read('As Smith et al. (2019a) showed, it helps.')).toEqual([
      ['Smith et al. (2019a)', ['smith+etal/2019a']],
    ]);
    expect(read('Smith and Jones (2020, 2021) agree.')).toEqual([
      ['Smith and Jones (2020, 2021)', ['smith+jones/2020', 'smith+jones/2021']],
    ]);
  });

  it('reads years joined by "and" or "&" as works of one byline, and a byline after "and" as its own', () => {
    expect(read('Smith and Jones (2020 and 2021) agree.')).toEqual([
      ['Smith and Jones (2020 and 2021)', ['smith+jones/2020', 'smith+jones/2021']],
    ]);
    expect(read('It helps (Smith, 2020, and 2021; Lee, 2019a & b).')).toEqual([
      ['(Smith, 2020, and 2021; Lee, 2019a & b)', ['smith/2020', 'smith/2021', 'lee/2019a', 'lee/2019b']],
    ]);
    expect(read('It helps (Smith, 2020 and Lee, 2021).')).toEqual([
      ['(Smith, 2020 and Lee, 2021)', ['smith/2020', 'lee/2021']],
    ]);
  });

  it('reads a narrative year in square brackets, as AGU journals write it', () => {
    expect(read('This was shown by Smith et al. [2019] and by Lee and Kim [2020a, b].')).toEqual([
      ['Smith et al. [2019]', ['smith+etal/2019']],
      ['Lee and Kim [2020a, b]', ['lee+kim/2020a', 'lee+kim/2020b']],
    ]);
    expect(read('The interval [2019] alone, or [n = 2019], names no work.')).toEqual([]);
  });

  it('reads years joined by a semicolon, and a remark or link after a semicolon, in a narrative callout', () => {
    expect(read('Rouder and Morey (2011; link) and Smith (2010; 2012) discuss it.')).toEqual([
      ['Rouder and Morey (2011; link)', ['rouder+morey/2011']],
      ['Smith (2010; 2012)', ['smith/2010', 'smith/2012']],
    ]);
    expect(read('It uses statistics from Bem (2010; see Rouder & Morey for reference).')).toEqual([
      ['Bem (2010; see Rouder & Morey for reference)', ['bem/2010']],
    ]);
  });

  it('reads a page after a colon and a first edition in brackets after the year', () => {
    expect(read('It holds (Smith 2019: 45; Lee 2020:12–14), as Kim (2018: iv) says.')).toEqual([
      ['(Smith 2019: 45; Lee 2020:12–14)', ['smith/2019', 'lee/2020']],
    ]);
    expect(read('It holds (Darwin 2009 [1859]).')).toEqual([['(Darwin 2009 [1859])', ['darwin/2009']]]);
    expect(read('It holds (Smith 2019: a review).')).toEqual([]);
  });

  it('reads a narrative callout wrapped whole in a parenthesis, or glued to the one before', () => {
    expect(read('It is modelled on the R Matching package (Sekhon (2011)).')).toEqual([
      ['Sekhon (2011)', ['sekhon/2011']],
    ]);
    expect(read('See Fox & Weisberg (2018),Fox (2003) and more.')).toEqual([
      ['Fox & Weisberg (2018)', ['fox+weisberg/2018']],
      ['Fox (2003)', ['fox/2003']],
    ]);
  });

  it('reads "al." and "and al.", slips for "et al.", as "et al."', () => {
    expect(read('(from Freier al. 1986) and (Smith al., 2001; Chester and al. 1993)')).toEqual([
      ['(from Freier al. 1986)', ['freier+etal/1986']],
      ['(Smith al., 2001; Chester and al. 1993)', ['smith+etal/2001', 'chester+etal/1993']],
    ]);
  });

  it('reads a comma typed twice between two works as one', () => {
    expect(read('(from Marmur 1962,, Chester and al. 1993)')).toEqual([
      ['(from Marmur 1962,, Chester and al. 1993)', ['marmur/1962', 'chester+etal/1993']],
    ]);
  });

  it('reads a possessive after "et al.", and a comma between it and the year', () => {
    expect(read("Smith et al.'s (2019) study and Lee et al’s (2020) agree.")).toEqual([
      ["Smith et al.'s (2019)", ['smith+etal/2019']],
      ['Lee et al’s (2020)', ['lee+etal/2020']],
    ]);
    expect(read('The method of Chan et al, (1983) and Smith, (2019).')).toEqual([
      ['Chan et al, (1983)', ['chan+etal/1983']],
      ['Smith, (2019)', ['smith/2019']],
    ]);
  });

  it('reads a suffix list "2020a, b" as two works of one year', () => {
    expect(read('It helps (Smith, 2020a, b).')).toEqual([
      ['(Smith, 2020a, b)', ['smith/2020a', 'smith/2020b']],
    ]);
  });

  it('reads a body with its abbreviation defined in brackets', () => {
    expect(read('Obesity tripled (World Health Organization [WHO], 2019).')).toEqual([
      ['(World Health Organization [WHO], 2019)', ['world health organization/2019']],
    ]);
  });

  it('reads a magazine named with the month of its issue as a date, not as a body', () => {
    expect(read('An example (Sky & Telescope, March 1991, page 297): a comet.')).toEqual([]);
    expect(read('Cases rose (Public Health England, 2019).')).toEqual([
      ['(Public Health England, 2019)', ['public health england/2019']],
    ]);
  });

  it('keeps particles, apostrophes and diacritics of family names', () => {
    expect(read('It helps (van der Berg, 2019; O’Neil, 2018; Müller & Schäfer, 2021).')).toEqual([
      [
        '(van der Berg, 2019; O’Neil, 2018; Müller & Schäfer, 2021)',
        ['van der berg/2019', 'oneil/2018', 'muller+schafer/2021'],
      ],
    ]);
    expect(read('Van der Berg (2019) disagrees.')).toEqual([['Van der Berg (2019)', ['van der berg/2019']]]);
  });

  it('reads no callout in dates, tables, statistics or lower-case words', () => {
    expect(read('It rose (March 2020), see (Table 2, 2019), (n = 30, 2020) and (since 2010).')).toEqual([]);
    expect(read('Values (p < 0.05) and (2020) alone name no one.')).toEqual([]);
  });

  it('is linear on a long run of parentheses and names', () => {
    const hostile = `${'(Smith and '.repeat(100_000)}${'Smith (2020) '.repeat(50_000)}`;
    const started = performance.now();
    findAuthorDateCallouts(hostile);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('author–date callouts: whole bylines, labels and undated works', () => {
  it('reads a narrative byline of three or more names with an Oxford comma', () => {
    expect(read('as shown in Vehtari, Simpson, Gelman, Yao, and Gabry (2019).')).toEqual([
      ['Vehtari, Simpson, Gelman, Yao, and Gabry (2019)', ['vehtari+simpson+etal/2019']],
    ]);
  });

  it('reads a byline with initials, and a family name of two words inside it', () => {
    expect(read('Read Vehtari, A., Gelman, A., and Gabry, J. (2017). Practical.')).toEqual([
      ['Vehtari, A., Gelman, A., and Gabry, J. (2017)', ['vehtari+gelman+etal/2017']],
    ]);
    expect(read('Magnusson, M., Riis Andersen, M., Jonasson, J. and Vehtari, A. (2020). Leave.')).toEqual([
      [
        'Magnusson, M., Riis Andersen, M., Jonasson, J. and Vehtari, A. (2020)',
        ['magnusson+riis andersen+etal/2020'],
      ],
    ]);
  });

  it("reads initials a writer puts before the family name, and keeps a body's initials", () => {
    expect(read('It uses SLINK (R. Sibson, 1973), which is fast.')).toEqual([
      ['(R. Sibson, 1973)', ['sibson/1973']],
    ]);
    expect(read('As shown (J. Smith and K. Lee, 2001; see R. A. Fisher, 1925).')).toEqual([
      ['(J. Smith and K. Lee, 2001; see R. A. Fisher, 1925)', ['smith+lee/2001', 'fisher/1925']],
    ]);
    expect(read('It grew (J.-P. van der Berg, 2010).')).toEqual([
      ['(J.-P. van der Berg, 2010)', ['van der berg/2010']],
    ]);
    expect(read('Counts rose (U.S. Census Bureau, 2019).')).toEqual([
      ['(U.S. Census Bureau, 2019)', ['us census bureau/2019']],
    ]);
  });

  it('takes no place before a comma for an author when the list is not plainly a byline', () => {
    expect(read('In Berlin, Smith and Jones (2020) found it.')).toEqual([
      ['Smith and Jones (2020)', ['smith+jones/2020']],
    ]);
  });

  it('reads the names after a term the parenthesis defines', () => {
    expect(read('smoothing (PSIS, Vehtari et al, 2019) helps')).toEqual([
      ['(PSIS, Vehtari et al, 2019)', ['vehtari+etal/2019']],
    ]);
    expect(read('It helps (Smith, Jones, 2020).')).toEqual([['(Smith, Jones, 2020)', ['smith+jones/2020']]]);
  });

  it('reads works in review, in preparation and forthcoming as their own year', () => {
    expect(read('an ordinal scale (Bürkner & Charpentier, in review).')).toEqual([
      ['(Bürkner & Charpentier, in review)', ['burkner+charpentier/in review']],
    ]);
    expect(read('See Lee (In press) and (Park, forthcoming).')).toEqual([
      ['Lee (In press)', ['lee/in press']],
      ['(Park, forthcoming)', ['park/forthcoming']],
    ]);
  });
});

describe('author–date callouts: shapes of documentation pages', () => {
  it('reads works joined by a comma inside one parenthesis', () => {
    expect(read('(see Gelman et al. 2013, Stan Development Team 2018) for more')).toEqual([
      [
        '(see Gelman et al. 2013, Stan Development Team 2018)',
        ['gelman+etal/2013', 'stan development team/2018'],
      ],
    ]);
  });

  it('takes an acronym before the names for the term defined', () => {
    expect(read('the No-U-Turn sampler (NUTS, Hoffman and Gelman, 2014) adapts')).toEqual([
      ['(NUTS, Hoffman and Gelman, 2014)', ['hoffman+gelman/2014']],
    ]);
  });

  it('reads "and others" as "et al."', () => {
    expect(read('as in Gelman and others (2005), the model')).toEqual([
      ['Gelman and others (2005)', ['gelman+etal/2005']],
    ]);
  });

  it('reads callouts in square brackets inside a parenthesis, and nothing else in brackets', () => {
    expect(read('anti-Ph (residues 772–984 [Oktaba et al., 2008]), anti-CP190 (Pai et al., 2004)')).toEqual([
      ['[Oktaba et al., 2008]', ['oktaba+etal/2008']],
      ['(Pai et al., 2004)', ['pai+etal/2004']],
    ]);
    expect(read('present in angioblasts (Figure 2A; [Scott et al., 2007; Zeng et al., 2007]).')).toEqual([
      ['[Scott et al., 2007; Zeng et al., 2007]', ['scott+etal/2007', 'zeng+etal/2007']],
    ]);
    expect(read('(e.g., tooth enamel [Spalding et al., 2005] and lenses [Lynnerup, 2008])')).toEqual([
      ['[Spalding et al., 2005]', ['spalding+etal/2005']],
      ['[Lynnerup, 2008]', ['lynnerup/2008']],
    ]);
    expect(read('a P element (P[XP] Antpd02480) from the kit [Ambion] in [2019]')).toEqual([]);
  });
});

describe('"et al." written in English', () => {
  it.each([
    ['The data are from Lin and colleagues (2020).', 'Lin and colleagues (2020)'],
    ['As Smith and coworkers (1999) found.', 'Smith and coworkers (1999)'],
    ['As shown before (Lin and colleagues, 2020).', '(Lin and colleagues, 2020)'],
  ])('reads "%s" as one family and others', (text, callout) => {
    const [found] = read(text);
    expect(found?.[0]).toBe(callout);
    expect(found?.[1][0]).toMatch(/^[a-z]+\+etal\/\d{4}$/);
  });

  it('still reads two families joined by "and"', () => {
    expect(read('As Smith and Colleague (1999) found.')).toEqual([
      ['Smith and Colleague (1999)', ['smith+colleague/1999']],
    ]);
  });
});

describe('author–date callouts: names written as entries print them', () => {
  it('drops initials after one family name and a generation', () => {
    expect(read('Dosing follows (Okafor BT et al., 2004; Lind, K.R., Jr, 1971).')).toEqual([
      ['(Okafor BT et al., 2004; Lind, K.R., Jr, 1971)', ['okafor+etal/2004', 'lind/1971']],
    ]);
    expect(read('as shown by Okafor BT et al. (2004) and by Marcus Lind, Jr. (1971)')).toEqual([
      ['Okafor BT et al. (2004)', ['okafor+etal/2004']],
      ['Lind, Jr. (1971)', ['lind/1971']],
    ]);
  });

  it('keeps capitals that are part of a body\'s name, and undotted initials before no "et al."', () => {
    expect(read('(Cancer Research UK, 2019)')).toEqual([
      ['(Cancer Research UK, 2019)', ['cancer research uk/2019']],
    ]);
    expect(read('Cancer Research UK (2019) says')).toEqual([['UK (2019)', ['uk/2019']]]);
  });
});

describe('citation keys in square brackets', () => {
  const items = (text: string) =>
    findAuthorDateCallouts(text).map((c) => [text.slice(c.start, c.end), c.items]);

  it('reads "[Boon2012]", "[VanDerWalt2011]" and "[Lind2013b, Okafor2009]" as names, years and letters, any number of authors', () => {
    expect(items('As in [Boon2012] and [VanDerWalt2011].')).toEqual([
      ['[Boon2012]', [{ families: ['boon'], etAl: false, year: '2012', suffix: '', anyCount: true }]],
      [
        '[VanDerWalt2011]',
        [{ families: ['van der walt'], etAl: false, year: '2011', suffix: '', anyCount: true }],
      ],
    ]);
    expect(items('See [Lind2013b, Okafor2009].')[0]?.[1]).toEqual([
      { families: ['lind'], etAl: false, year: '2013', suffix: 'b', anyCount: true },
      { families: ['okafor'], etAl: false, year: '2009', suffix: '', anyCount: true },
    ]);
  });

  it('reads no key in "[m^{2}]", "[Python3]" or "[BOON2012]"', () => {
    expect(items('Units [m^{2}], [Python3], [BOON2012].')).toEqual([]);
  });
});
