import { describe, expect, it } from 'vitest';
import { findBareMentions } from './bare-mentions';

const found = (text: string) =>
  findBareMentions(text).map((m) => [
    text.slice(m.start, m.end),
    m.item.families.join('+'),
    m.item.etAl,
    `${m.item.year}${m.item.suffix}`,
  ]);

describe('findBareMentions', () => {
  it('finds names and a year written without brackets', () => {
    expect(
      found('from the Friedman 2008 Biostatistics paper; Raj and Maloy 1990; Lee & Kim, 2001b.'),
    ).toEqual([
      ['Friedman 2008', 'friedman', false, '2008'],
      ['Raj and Maloy 1990', 'raj+maloy', false, '1990'],
      ['Lee & Kim, 2001b', 'lee+kim', false, '2001b'],
    ]);
  });

  it('reads a second year after "and" as another work of the same names', () => {
    expect(found('after Haralick et al., 1973 and 1979.')).toEqual([
      ['Haralick et al., 1973', 'haralick', true, '1973'],
      ['1979', 'haralick', true, '1979'],
    ]);
  });

  it('reads a name typed all in lower case, but no word of prose or a name of mixed case', () => {
    expect(found('(from wetmur 1991), and between 1990 and 2000, xSmith 2001')).toEqual([
      ['wetmur 1991', 'wetmur', false, '1991'],
    ]);
    expect(findBareMentions('(from wetmur 1991)')[0]?.lowerCase).toBe(true);
    expect(findBareMentions('(from Wetmur 1991)')[0]?.lowerCase).toBe(false);
  });

  it('starts no mention inside a word or after "(", and looks again further on', () => {
    expect(found('xSmith and Jones 2010 (Brown 2004) re-Neil 1999')).toEqual([
      ['Jones 2010', 'jones', false, '2010'],
    ]);
  });

  it('reads a year right after the full stop of "et al.", and no year glued to a name alone', () => {
    expect(found('compatible with Power et al.2012. Set this to 0')).toEqual([
      ['Power et al.2012', 'power', true, '2012'],
    ]);
    expect(found('as in Power2012 and Power.2012')).toEqual([]);
  });

  it('ends no mention on a year that runs on, but keeps the first year when only the second does', () => {
    expect(found('Smith 2010ab, Smith 20101, Jones 1990xy.')).toEqual([]);
    expect(found('Smith 2010 and 20111.')).toEqual([['Smith 2010', 'smith', false, '2010']]);
  });
});

describe('bare mentions typed as table cells are', () => {
  it('reads a comma without a space or with one before it, and "and al." or "al." for "et al."', () => {
    const items = (text: string) =>
      findBareMentions(text).map((m) => [text.slice(m.start, m.end), m.item.etAl]);
    expect(items('wetdna | DNA | Wetmur,1991')).toEqual([['Wetmur,1991', false]]);
    expect(items('ahs01 | DNA | von Ahsen et al ,2001')).toEqual([['Ahsen et al ,2001', true]]);
    expect(items('(from Marmur 1962,, Chester and al. 1993)')).toEqual([
      ['Marmur 1962', false],
      ['Chester and al. 1993', true],
    ]);
    expect(items('frei86 | RNA | Freier al. 1986')).toEqual([['Freier al. 1986', true]]);
  });
});

describe('findBareMentions: table cells typed as short entries', () => {
  it('reads the family name before initials, a generation or a stray full stop', () => {
    expect(
      found('Okafor BT et al. 2004 | Lind, K.R., Jr, 1971 | Marcus Lind, Jr., 1971 | Zhou. et al, 1999'),
    ).toEqual([
      ['Okafor BT et al. 2004', 'okafor', true, '2004'],
      ['Lind, K.R., Jr, 1971', 'lind', false, '1971'],
      ['Lind, Jr., 1971', 'lind', false, '1971'],
      ['Zhou. et al, 1999', 'zhou', true, '1999'],
    ]);
  });

  it('takes no word before a capital for a family name without "et al.": "Group A 1990" names no one', () => {
    expect(found('see Group A 1990')).toEqual([]);
    expect(found('see Group A et al. 1990')).toEqual([['Group A et al. 1990', 'group', true, '1990']]);
  });
});
