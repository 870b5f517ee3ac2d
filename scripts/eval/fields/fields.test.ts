import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../render/sample-article';
import type { XElement } from '../truth/dom';
import { compareFields, NOTHING_READ, type ReadFields } from './compare-fields';
import { textEntryOutcomes } from './evaluate-fields';
import { fieldGroup } from './field-figures';
import { truthFields } from './field-truth';

const refOf = (xml: string): XElement => {
  const withNamespace = xml.replace('<ref', '<ref xmlns:xlink="http://www.w3.org/1999/xlink"');
  const doc = new DOMParser().parseFromString(withNamespace, 'text/xml');
  return doc.documentElement as unknown as XElement;
};

describe('truthFields', () => {
  it('reads a PLOS mixed citation: names in the citation, the DOI from its link, no URL for it', () => {
    const ref = refOf(
      `<ref id="r6"><label>6</label><mixed-citation publication-type="journal"><name><surname>Prescott</surname> <given-names>JW</given-names></name>, <collab>Biomarkers Group</collab>. <article-title>Quantitative imaging biomarkers</article-title>. <source>Journal of digital imaging</source>. <year>2013</year>;<volume>26</volume>(<issue>1</issue>):<fpage>97</fpage>–<lpage>108</lpage>. <comment>doi: <ext-link ext-link-type="uri" xlink:href="http://dx.doi.org/10.1007/s10278-012-9465-7">10.1007/s10278-012-9465-7</ext-link></comment> <object-id pub-id-type="pmid">22415112</object-id>.</mixed-citation></ref>`,
    );
    expect(truthFields(ref)).toEqual({
      authors: ['Prescott', 'Biomarkers Group'],
      year: '2013',
      title: 'Quantitative imaging biomarkers',
      container: 'Journal of digital imaging',
      volume: '26',
      issue: '1',
      pages: '97-108',
      doi: '10.1007/s10278-012-9465-7',
    });
  });

  it('reads an eLife element citation: authors not editors, the year letter, a tagged "et al" left out', () => {
    const ref = refOf(
      `<ref id="bib3"><element-citation publication-type="book"><person-group person-group-type="author"><name><surname>Cao</surname><given-names>R</given-names></name><name><surname>et al</surname></name></person-group><person-group person-group-type="editor"><name><surname>Lee</surname></name></person-group><year>2004a</year><chapter-title>Histone H3</chapter-title><source>Chromatin</source><fpage>12</fpage><pub-id pub-id-type="doi">10.1/ABC</pub-id></element-citation></ref>`,
    );
    expect(truthFields(ref)).toEqual({
      authors: ['Cao'],
      year: '2004a',
      title: 'Histone H3',
      container: 'Chromatin',
      pages: '12',
      doi: '10.1/ABC',
    });
  });

  it('takes a book title from its source when nothing else is titled, and a web address as its URL', () => {
    const ref = refOf(
      `<ref><mixed-citation><collab>R Core Team</collab>. <source>R: A language</source>. <year>2013</year>. <ext-link xlink:href="http://www.r-project.org/">http://www.r-project.org/</ext-link></mixed-citation></ref>`,
    );
    expect(truthFields(ref)).toMatchObject({ title: 'R: A language', url: 'http://www.r-project.org/' });
    expect(truthFields(ref).container).toBeUndefined();
  });
});

const read = (fields: Partial<ReadFields>): ReadFields => ({ ...NOTHING_READ, ...fields });
const verdicts = (truth: Parameters<typeof compareFields>[0], fields: Partial<ReadFields>) =>
  Object.fromEntries(compareFields(truth, read(fields)).map((o) => [o.field, o.exact]));

describe('compareFields', () => {
  it('scores only the fields the tags state', () => {
    expect(compareFields({ title: 'A' }, read({ title: 'A', volume: '3' })).map((o) => o.field)).toEqual([
      'title',
    ]);
  });

  it('ignores what print adds (closing punctuation, dashes, spaces, quotes round a title), not letters or case', () => {
    expect(
      verdicts(
        { title: 'Brain volume—decline', container: 'Neurology', pages: '1032-9', volume: '64' },
        { title: '“Brain volume—decline.”', container: 'Neurology.', pages: 'pp. 1032 – 9', volume: '64,' },
      ),
    ).toEqual({ title: true, container: true, pages: true, volume: true });
    expect(verdicts({ title: 'The SANT domain?' }, { title: 'The SANT domain' })).toEqual({ title: false });
    expect(verdicts({ container: 'Nature' }, { container: 'nature' })).toEqual({ container: false });
    expect(verdicts({ pages: '1032-9' }, { pages: '1032' })).toEqual({ pages: false });
  });

  it('compares family names in order, all of them, folding case and diacritics', () => {
    expect(
      verdicts({ authors: ['Ségonne', 'Baron‐Cohen'] }, { authors: ['SEGONNE', 'Baron-Cohen'] }),
    ).toEqual({
      authors: true,
    });
    expect(verdicts({ authors: ['Lee', 'Kim'] }, { authors: ['Kim', 'Lee'] })).toEqual({ authors: false });
    expect(verdicts({ authors: ['Lee', 'Kim'] }, { authors: ['Lee'] })).toEqual({ authors: false });
  });

  it('keeps the year letter, and reads DOIs without case or resolver prefix', () => {
    expect(verdicts({ year: '2004a' }, { year: '2004' })).toEqual({ year: false });
    expect(verdicts({ doi: '10.1/ABC' }, { doi: 'https://doi.org/10.1/abc' })).toEqual({ doi: true });
    expect(verdicts({ pages: '12-12' }, { pages: '12' })).toEqual({ pages: true });
    expect(verdicts({ url: 'http://erlang.org/' }, { url: 'http://erlang.org/]' })).toEqual({ url: false });
  });

  it('counts a field the reader left empty as not exact', () => {
    expect(verdicts({ volume: '3' }, {})).toEqual({ volume: false });
  });
});

describe('entry outcomes', () => {
  it('reads each printed entry of an article with the entry parser and pools them per field', () => {
    const group = fieldGroup('text', 'sample', textEntryOutcomes(SAMPLE));
    expect(group.entries).toBe(4);
    expect(group.fields.title).toEqual({ tagged: 4, exact: 4 });
    expect(group.fields.authors.tagged).toBe(4);
    expect(group.fields.issue).toEqual({ tagged: 0, exact: 0 });
  });
});
