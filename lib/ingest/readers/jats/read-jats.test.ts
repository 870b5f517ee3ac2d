import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleParseError } from '../../errors';
import { parseArticleBytes } from '../../parse-article';
import { readJats } from './read-jats';

const fixture = (name: string) => readFileSync(`tests/fixtures/formats/jats/${name}`, 'utf8');
const refusal = (run: () => unknown): ArticleParseError => {
  try {
    run();
  } catch (error) {
    return error as ArticleParseError;
  }
  throw new Error('not refused');
};

describe('readJats on a numeric article (tests/fixtures/formats/jats/numeric.valid.xml)', () => {
  const doc = readJats(fixture('numeric.valid.xml'));
  const shape = doc.blocks.map((b) => [b.kind, b.text, b.level ?? null]);

  it('reads the title, the abstract as a section and the body, skipping <front> and <ack>', () => {
    expect(doc.title).toBe('Sleep and memory in adults');
    expect(shape).toEqual([
      ['heading', 'Abstract', 1],
      ['paragraph', 'Sleep consolidates memory [1].', null],
      ['heading', 'Introduction', 1],
      ['paragraph', 'Several studies agree [1]–[3]. Two reviews differ [2,4].', null],
      ['heading', 'Measures', 2],
      ['paragraph', 'The score is x+1 per night.', null],
      ['bullet', 'Naps help [4].', null],
      ['bullet', 'Coffee does not.', null],
      ['heading', 'Results', 1],
      ['paragraph', 'Figure 1. Recall after sleep.', null],
      ['paragraph', 'Data as in [2].', null],
      ['paragraph', 'Table 1. Studies.', null],
      ['table-header', 'Study | Effect', null],
      ['table-row', 'Smith [1] | 0.4', null],
      ['table-row', 'Lee | 0.2', null],
      ['note', 'Effects are standardised.', null],
    ]);
  });

  it('takes callouts from the xrefs, with their offsets, several rids and a written range', () => {
    const cited = doc.blocks.map((b) =>
      (b.citations ?? []).map((c) => [b.text.slice(c.start, c.end), c.targets]),
    );
    expect(cited[1]).toEqual([['[1]', [1]]]);
    expect(cited[3]).toEqual([
      ['[1]', [1]],
      ['[3]', [2, 3]],
      ['[2,4]', [2, 4]],
    ]);
    expect(cited[6]).toEqual([['[4]', [4]]]);
    expect(cited[10]).toEqual([['[2]', [2]]]);
    expect(cited[13]).toEqual([['[1]', [1]]]);
  });

  it('states the reference fields from the tags, and writes each entry on one line', () => {
    expect(doc.referencesHeading).toBe('References');
    expect(doc.references?.map((r) => [r.number, r.raw])).toEqual([
      [
        1,
        'Walker MP, Stickgold R (2004) Sleep-dependent learning and memory consolidation. Neuron 44(1): 121-133. doi:10.1016/j.neuron.2004.08.031',
      ],
      [2, 'Diekelmann S, Born J (2010) The memory function of sleep. Nat Rev Neurosci 11: 114–126.'],
      [3, 'Sleep Research Group (2015) Sleep: a handbook.'],
      [4, '(2020) Naps. Sleep Blog https://example.org/naps'],
    ]);
    expect(doc.references?.[0]?.fields).toEqual({
      authors: [
        { family: 'Walker', given: 'MP' },
        { family: 'Stickgold', given: 'R' },
      ],
      year: 2004,
      yearSuffix: null,
      title: 'Sleep-dependent learning and memory consolidation',
      container: 'Neuron',
      volume: '44',
      issue: '1',
      pages: '121-133',
      doi: '10.1016/j.neuron.2004.08.031',
      pmid: '15450165',
      url: null,
    });
    expect(doc.references?.[1]?.fields?.authors).toEqual([
      { family: 'Diekelmann', given: 'S' },
      { family: 'Born', given: 'J' },
    ]);
    expect(doc.references?.[1]?.fields?.pages).toBe('114-126');
    expect(doc.references?.[2]?.fields).toMatchObject({
      authors: [{ family: 'Sleep Research Group', given: null }],
      title: 'Sleep: a handbook',
      container: null,
    });
    // Editors are not authors.
    expect(doc.references?.[3]?.fields).toMatchObject({ authors: [], url: 'https://example.org/naps' });
  });

  it('builds works from what the tags state, not from a guess at the text', async () => {
    const bytes = new TextEncoder().encode(fixture('numeric.valid.xml'));
    const graph = await parseArticleBytes(bytes, { slug: 'sleep', name: 'sleep.xml' });
    const byNumber = (n: number) =>
      graph.works.find((w) => w.id === graph.references.find((r) => r.number === n)?.workId);
    expect(byNumber(1)).toMatchObject({
      id: 'work:doi:10.1016/j.neuron.2004.08.031',
      title: 'Sleep-dependent learning and memory consolidation',
      container: 'Neuron',
      volume: '44',
      issue: '1',
      pages: '121-133',
      year: 2004,
    });
    expect(byNumber(1)?.authorIds).toEqual(['author:walker-m', 'author:stickgold-r']);
    expect(byNumber(3)).toMatchObject({ title: 'Sleep: a handbook', container: null, year: 2015 });
    expect(graph.authors.find((a) => a.id === 'author:walker-m')?.given).toBe('M. P.');
    expect(graph.claims.find((c) => c.text.startsWith('Two reviews'))?.cites).toEqual([2, 4]);
  });
});

describe('readJats on an author-date article (tests/fixtures/formats/jats/author-date.valid.xml)', () => {
  const doc = readJats(fixture('author-date.valid.xml'));

  it('numbers entries by position when their label is not a number', () => {
    expect(doc.references?.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(doc.references?.[0]?.fields).toMatchObject({ year: 2001, title: 'Numerosity in bees' });
    expect(doc.references?.[1]?.fields).toMatchObject({
      title: 'Counting',
      container: 'Old Ideas',
      pages: '5',
    });
  });

  it('reads the digest, a lead paragraph and callouts by name; an unknown rid cites nothing', () => {
    expect(doc.title).toBe('Bees count');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'eLife digest'],
      ['paragraph', 'Bees can count to four.'],
      ['paragraph', 'Counting is old (Zed, 1999; Abe and Bo, 2001a).'],
      ['heading', 'Methods'],
      ['paragraph', 'We followed Cox et al. (2010) and an unknown study.'],
    ]);
    expect(doc.blocks[2]?.citations).toEqual([
      { start: 17, end: 26, targets: [2] },
      { start: 28, end: 45, targets: [1] },
    ]);
    expect(doc.blocks[4]?.citations).toEqual([{ start: 12, end: 29, targets: [3] }]);
  });
});

describe('readJats refuses what it cannot read safely', () => {
  it('refuses entity declarations (billion laughs) without expanding them', () => {
    const error = refusal(() => readJats(fixture('entity-expansion.invalid.xml')));
    expect(error).toBeInstanceOf(ArticleParseError);
    expect(error.code).toBe('malformed');
    expect(error.message).toContain('declares entities');
  });

  it('refuses an external entity, broken XML and XML that is not an article', () => {
    const external = '<!DOCTYPE article [<!ENTITY x SYSTEM "file:///etc/passwd">]><article>&x;</article>';
    for (const [xml, says] of [
      [external, 'declares entities'],
      ['<article><body><p>cut off', 'not well-formed'],
      ['<article>&undefined;</article>', 'not well-formed'],
      ['<?xml version="1.0"?><html><body/></html>', 'root element is <html>'],
    ] as const) {
      const error = refusal(() => readJats(xml));
      expect(error.code).toBe('malformed');
      expect(error.message).toContain(says);
    }
  });

  it('refuses elements nested deeper than any article, before walking them', () => {
    const deep = `<article><body>${'<sec>'.repeat(100_000)}${'</sec>'.repeat(100_000)}</body></article>`;
    const error = refusal(() => readJats(deep));
    expect(error.code).toBe('malformed');
    expect(error.message).toContain('nest more than 256 deep');
  });

  it('reads the character entities real files use, such as &ndash; and &nbsp;', () => {
    const doc = readJats('<article><body><p>Ages 5&ndash;9&nbsp;years&#x2e;</p></body></article>');
    expect(doc.blocks[0]?.text).toBe('Ages 5–9 years.'); // a no-break space folds like any other;
  });
});

describe('readJats states what the tags mean, and keeps the entry line as tagged', () => {
  // Shapes from the evaluation corpus: eLife's "2004a" and tagged "et al" (elife00005,
  // elife00133), PLOS Medicine's elocation-id pages (journal.pmed.0030520).
  const refs = readJats(`<article><body><p>A.</p></body><back><ref-list>
<ref id="b1"><element-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Cao</surname><given-names>R</given-names></name><name><surname>Zhang</surname><given-names>Y</given-names></name></person-group><year>2004a</year><article-title>The functions of E(Z)/EZH2</article-title><source>Curr Opin Genet Dev</source><volume>14</volume><fpage>155</fpage><lpage>64</lpage></element-citation></ref>
<ref id="b2"><element-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Maniar</surname><given-names>TA</given-names></name><name><surname>et al</surname></name></person-group><year>2012</year><article-title>UNC-33 organizes microtubules</article-title><source>Nat Neurosci</source><volume>15</volume><fpage>48</fpage><lpage>56</lpage></element-citation></ref>
<ref id="b3"><element-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Veitch</surname><given-names>E</given-names></name></person-group><year>2006</year><article-title>Introducing PLoS Clin trials</article-title><source>PLoS Clin Trials</source><volume>1</volume><elocation-id>e8</elocation-id></element-citation></ref>
</ref-list></back></article>`).references;

  it('gives the year letter beside the year', () => {
    expect(refs?.[0]?.fields).toMatchObject({ year: 2004, yearSuffix: 'a' });
  });

  it('leaves a tagged "et al" out of the authors and takes an elocation-id for pages', () => {
    expect(refs?.[1]?.fields?.authors).toEqual([{ family: 'Maniar', given: 'TA' }]);
    expect(refs?.[2]?.fields?.pages).toBe('e8');
  });

  it('writes the entry line from the tags as they are, so that work ids stay as they were', () => {
    expect(refs?.map((r) => r.raw)).toEqual([
      'Cao R, Zhang Y (2004) The functions of E(Z)/EZH2. Curr Opin Genet Dev 14: 155-64.',
      'Maniar TA, et al (2012) UNC-33 organizes microtubules. Nat Neurosci 15: 48-56.',
      'Veitch E (2006) Introducing PLoS Clin trials. PLoS Clin Trials 1',
    ]);
  });
});
