import { describe, expect, it } from 'vitest';
import { normaliseDoi, normalisePmid, pmidInEntry } from './identifiers';

describe('normaliseDoi', () => {
  it.each([
    ['10.1177/1758835919874651', '10.1177/1758835919874651'],
    ['  10.2147/IJN.S97476 ', '10.2147/ijn.s97476'],
    ['https://doi.org/10.2147/IJN.S97476', '10.2147/ijn.s97476'],
    ['http://dx.doi.org/10.2147/IJN.S97476', '10.2147/ijn.s97476'],
    ['doi: 10.2147/IJN.S97476', '10.2147/ijn.s97476'],
    [
      '10.1002/1096-9098(200007)74:3%3C201::AID-JSO8%3E3.0.CO;2-5',
      '10.1002/1096-9098(200007)74:3<201::aid-jso8>3.0.co;2-5',
    ],
  ])('%s -> %s', (value, expected) => {
    expect(normaliseDoi(value)).toBe(expected);
  });

  it.each(['unavailable', '', 'not a doi', '11.1234/x'])('refuses %j', (value) => {
    expect(normaliseDoi(value)).toBeNull();
  });
});

describe('PubMed ids', () => {
  it('drops leading zeros and treats 0 as none', () => {
    expect(normalisePmid('0035959284')).toBe('35959284');
    expect(normalisePmid('0')).toBeNull();
    expect(normalisePmid('abc')).toBeNull();
  });

  it('finds a PMID written in an entry', () => {
    expect(pmidInEntry('Smith, J. (2001). A title. Journal, 1, 1-2. PMID: 11223344.')).toBe('11223344');
    expect(pmidInEntry('Smith, J. (2001). A title. Journal, 1, 1-2.')).toBeNull();
  });
});
