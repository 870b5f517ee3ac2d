import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import {
  documentXml,
  docxOf,
  field,
  fld,
  heading,
  noteReference,
  notesXml,
  para,
  run,
} from '../test-support/word-xml';
import { readDocx } from './docx';
import { applyCitationFields } from './docx-citations';
import { type CitationField, MAX_INSTRUCTION_CHARS, scanFields } from './docx-fields';

/*
 * The Word XML here is written by hand (test-support/word-xml.ts) from the formats Zotero and
 * Mendeley write: a complex field (fldChar begin, instrText "ADDIN ZOTERO_ITEM CSL_CITATION
 * {json}" or Mendeley's "ADDIN CSL_CITATION {json}", separate, the visible result, end), and the
 * bibliography as a field ("ADDIN ZOTERO_BIBL ... CSL_BIBLIOGRAPHY") whose result is one
 * paragraph per entry.
 */

const WALKER = {
  id: 101,
  type: 'article-journal',
  title: 'The role of sleep in cognition and emotion',
  'container-title': 'Annals of the New York Academy of Sciences',
  volume: '1156',
  page: '168-197',
  DOI: '10.1111/j.1749-6632.2008.04416.x',
  author: [{ family: 'Walker', given: 'Matthew P.' }],
  issued: { 'date-parts': [['2009', 3]] },
};
const DIEKELMANN = {
  id: 102,
  type: 'article-journal',
  title: 'The memory function of sleep',
  'container-title': 'Nature Reviews Neuroscience',
  volume: '11',
  issue: '2',
  page: '114-126',
  DOI: '10.1038/nrn2762',
  author: [
    { family: 'Diekelmann', given: 'Susanne' },
    { family: 'Born', given: 'Jan' },
  ],
  issued: { 'date-parts': [[2010]] },
};
const MEDNICK = {
  id: 103,
  type: 'article-journal',
  title: 'Sleep-dependent learning: a nap is as good as a night',
  'container-title': 'Nature Neuroscience',
  volume: '6',
  issue: '7',
  page: '697-698',
  author: [
    { family: 'Mednick', given: 'Sara' },
    { family: 'Nakayama', given: 'Ken' },
    { family: 'Stickgold', given: 'Robert' },
  ],
  issued: { 'date-parts': [[2003]] },
};

const zoteroCitation = (id: string, items: object[], formatted: string) =>
  ` ADDIN ZOTERO_ITEM CSL_CITATION ${JSON.stringify({
    citationID: id,
    properties: { formattedCitation: formatted, plainCitation: formatted, noteIndex: 0 },
    citationItems: items.map((itemData) => ({
      id: (itemData as { id: number }).id,
      uris: [`http://zotero.org/users/1234/items/ITEM${(itemData as { id: number }).id}`],
      itemData,
    })),
    schema: 'https://github.com/citation-style-language/schema/raw/master/csl-citation.json',
  })} `;

const mendeleyCitation = (items: object[], formatted: string) =>
  `ADDIN CSL_CITATION ${JSON.stringify({
    citationItems: items.map((itemData, i) => ({
      id: `ITEM-${i + 1}`,
      itemData: { ...itemData, id: `ITEM-${i + 1}` },
      uris: [`http://www.mendeley.com/documents/?uuid=0000000${(itemData as { id: number }).id}`],
    })),
    mendeley: { formattedCitation: formatted, plainTextFormattedCitation: formatted },
    properties: { noteIndex: 0 },
    schema: 'https://github.com/citation-style-language/schema/raw/master/csl-citation.json',
  })}`;

const BIBLIOGRAPHY = [
  'Diekelmann, S., & Born, J. (2010). The memory function of sleep. Nature Reviews Neuroscience, 11(2), 114–126. https://doi.org/10.1038/nrn2762',
  'Mednick, S., Nakayama, K., & Stickgold, R. (2003). Sleep-dependent learning: A nap is as good as a night. Nature Neuroscience, 6(7), 697–698.',
  'Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the New York Academy of Sciences, 1156, 168–197. https://doi.org/10.1111/j.1749-6632.2008.04416.x',
];

/** A Zotero author-date article whose bibliography is a field, with no References heading. */
function zoteroBody(): string {
  const [first, ...rest] = BIBLIOGRAPHY;
  const last = rest.pop() as string;
  return [
    heading('Sleep and Memory'),
    para(
      run('Sleep helps memory consolidation in adults '),
      field(zoteroCitation('a1', [WALKER], '(Walker, 2009)'), '(Walker, 2009)'),
      run('.'),
    ),
    para(
      run('Naps improve recall in students '),
      field(
        zoteroCitation('b2', [DIEKELMANN, MEDNICK], '(Diekelmann & Born, 2010; Mednick et al., 2003)'),
        '(Diekelmann & Born, 2010; Mednick et al., 2003)',
      ),
      run(', and sleep after learning helps most '),
      field(zoteroCitation('c3', [WALKER], '(Walker, 2009)'), '(Walker, 2009)'),
      run('.'),
    ),
    // The bibliography field begins in its first entry's paragraph and ends in its last.
    `<w:p>${fld('begin')}<w:r><w:instrText xml:space="preserve"> ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY </w:instrText></w:r>${fld('separate')}${run(first as string)}</w:p>`,
    ...rest.map((entry) => para(run(entry))),
    `<w:p>${run(last)}${fld('end')}</w:p>`,
  ].join('');
}

describe('Zotero and Mendeley citation fields in Word', () => {
  it('scans a part: each field with its result and CSL items, the bibliography by paragraph', () => {
    const scan = scanFields(documentXml(zoteroBody()));
    expect(scan.citations.map((c) => c.result)).toEqual([
      '(Walker, 2009)',
      '(Diekelmann & Born, 2010; Mednick et al., 2003)',
      '(Walker, 2009)',
    ]);
    expect(scan.citations[1]?.items.map((i) => i.key)).toEqual([
      'http://zotero.org/users/1234/items/ITEM102',
      'http://zotero.org/users/1234/items/ITEM103',
    ]);
    expect(scan.citations[0]?.items[0]?.fields).toMatchObject({
      authors: [{ family: 'Walker', given: 'Matthew P.' }],
      year: 2009,
      title: 'The role of sleep in cognition and emotion',
      container: 'Annals of the New York Academy of Sciences',
      volume: '1156',
      pages: '168-197',
      doi: '10.1111/j.1749-6632.2008.04416.x',
    });
    expect(scan.bibliography).toEqual(BIBLIOGRAPHY);
    expect(scan.skipped).toBe(0);
  });

  it('reads a citation written as a simple field, its instruction in an attribute', () => {
    const instruction = zoteroCitation('s1', [WALKER], '(Walker, 2009)')
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;');
    const scan = scanFields(
      documentXml(
        para(
          run('Sleep helps '),
          `<w:fldSimple w:instr="${instruction}">${run('(Walker, 2009)')}</w:fldSimple>`,
        ),
      ),
    );
    expect(scan.citations).toHaveLength(1);
    expect(scan.citations[0]).toMatchObject({ result: '(Walker, 2009)', before: 'Sleep helps ' });
    expect(scan.citations[0]?.items[0]?.fields.doi).toBe('10.1111/j.1749-6632.2008.04416.x');
  });

  it('makes Zotero fields exact callouts linked to the bibliography field by DOI and title', async () => {
    const doc = await readDocx(await docxOf(zoteroBody()));
    expect(doc.title).toBe('Sleep and Memory');
    // The bibliography's paragraphs are the reference list, not body text.
    expect(doc.references?.map((r) => [r.number, r.raw])).toEqual(BIBLIOGRAPHY.map((raw, i) => [i + 1, raw]));
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Sleep helps memory consolidation in adults (Walker, 2009).',
      'Naps improve recall in students (Diekelmann & Born, 2010; Mednick et al., 2003), and sleep after learning helps most (Walker, 2009).',
    ]);
    const [first, second] = doc.blocks;
    expect(first?.citations).toEqual([{ start: 43, end: 57, targets: [3] }]);
    expect(second?.citations).toEqual([
      { start: 32, end: 79, targets: [1, 2] },
      { start: 117, end: 131, targets: [3] },
    ]);
    // The entries keep the items' CSL data as the fields they state.
    expect(doc.references?.[1]?.fields).toMatchObject({ year: 2003, volume: '6', issue: '7' });
  });

  it('gives the claims and the works through parseArticleBytes', async () => {
    const graph = await parseArticleBytes(await docxOf(zoteroBody()), { slug: 'sleep', name: 'sleep.docx' });
    expect(graph.claims.map((c) => c.cites)).toEqual([[3], [1, 2, 3]]);
    expect(graph.entries).toHaveLength(3);
  });

  it('builds the reference list from CSL data when a Mendeley document has no bibliography', async () => {
    const body = [
      heading('Naps'),
      para(run('A nap helps memory '), field(mendeleyCitation([MEDNICK], '[1]'), '[1]'), run('.')),
      para(
        run('Sleep consolidates memories '),
        field(mendeleyCitation([DIEKELMANN, WALKER], '[2,3]'), '[2,3]'),
        run(' and a nap does too '),
        field(mendeleyCitation([MEDNICK], '[1]'), '[1]'),
        run('.'),
      ),
    ].join('');
    const doc = await readDocx(await docxOf(body));
    expect(doc.references?.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(doc.references?.[0]?.raw).toBe(
      'Mednick, S., Nakayama, K., & Stickgold, R. (2003). Sleep-dependent learning: a nap is as good as a night. Nature Neuroscience, 6(7), 697-698.',
    );
    expect(doc.references?.[1]?.fields?.doi).toBe('10.1038/nrn2762');
    expect(doc.blocks[0]?.citations).toEqual([{ start: 19, end: 22, targets: [1] }]);
    expect(doc.blocks[1]?.citations).toEqual([
      { start: 28, end: 33, targets: [2, 3] },
      { start: 53, end: 56, targets: [1] },
    ]);
    const graph = await parseArticleBytes(await docxOf(body), { slug: 'naps', name: 'naps.docx' });
    expect(graph.claims.map((c) => c.cites)).toEqual([[1], [1, 2, 3]]);
  });

  it('links Mendeley fields to a typed list under a References heading by title, author and year', async () => {
    const body = [
      heading('Naps'),
      para(
        run('Naps help '),
        field(mendeleyCitation([MEDNICK], '(Mednick et al., 2003)'), '(Mednick et al., 2003)'),
        run(' and sleep helps '),
        field(mendeleyCitation([{ ...WALKER, DOI: undefined }], '(Walker, 2009)'), '(Walker, 2009)'),
        run('.'),
      ),
      heading('References', 2),
      para(run('Walker, M. P. (2009). Sleep in cognition. Annals of the NYAS, 1156, 168–197.')),
      para(run(BIBLIOGRAPHY[1] as string)),
    ].join('');
    const doc = await readDocx(await docxOf(body));
    expect(doc.referencesHeading).toBe('References');
    // Mednick by its title; Walker (another title here) by family name and year.
    expect(doc.blocks[0]?.citations?.map((c) => c.targets)).toEqual([[2], [1]]);
    expect(doc.references).toHaveLength(2);
  });

  it('adds an entry from CSL data for an item the bibliography lacks', async () => {
    const body = [
      para(
        run('Naps help '),
        field(zoteroCitation('z', [DIEKELMANN], '(Diekelmann, 2010)'), '(Diekelmann, 2010)'),
      ),
      heading('References', 2),
      para(run(BIBLIOGRAPHY[1] as string)),
    ].join('');
    const doc = await readDocx(await docxOf(body));
    expect(doc.references?.map((r) => r.number)).toEqual([1, 2]);
    expect(doc.references?.[1]?.raw).toContain('The memory function of sleep.');
    expect(doc.blocks[0]?.citations).toEqual([{ start: 10, end: 28, targets: [2] }]);
  });

  it('keeps typed markers beside the fields, and leaves blocks without fields to the marker grammar', async () => {
    const body = [
      para(
        run('Sleep helps memory consolidation in adults '),
        field(zoteroCitation('t1', [WALKER], '[2]'), '[2]'),
        run(' and naps help too [1].'),
      ),
      para(run('Naps improve recall in students [1].')),
      heading('References', 2),
      para(run(`[1] ${BIBLIOGRAPHY[1]}`)),
      para(run(`[2] ${BIBLIOGRAPHY[2]}`)),
    ].join('');
    const doc = await readDocx(await docxOf(body));
    expect(doc.blocks[0]?.citations).toEqual([
      { start: 43, end: 46, targets: [2] },
      { start: 65, end: 68, targets: [1] },
    ]);
    expect(doc.blocks[1]?.citations).toBeUndefined();
    const graph = await parseArticleBytes(await docxOf(body), { slug: 'mixed', name: 'mixed.docx' });
    expect(graph.claims.map((c) => c.cites)).toEqual([[1, 2], [1]]);
  });

  it('numbers a numeric bibliography field by its entries, tab after the number included', async () => {
    const entry = (n: number, text: string) => `${run(`[${n}]`)}<w:r><w:tab/></w:r>${run(text)}`;
    const body = [
      para(
        run('Sleep helps memory consolidation in adults '),
        field(zoteroCitation('n1', [WALKER], '[1]'), '[1]'),
        run('.'),
      ),
      para(
        run('Naps improve recall in students '),
        field(zoteroCitation('n2', [MEDNICK], '[2]'), '[2]'),
        run('.'),
      ),
      `<w:p>${fld('begin')}<w:r><w:instrText xml:space="preserve"> ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY </w:instrText></w:r>${fld('separate')}${entry(1, BIBLIOGRAPHY[2] as string)}</w:p>`,
      `<w:p>${entry(2, BIBLIOGRAPHY[1] as string)}${fld('end')}</w:p>`,
    ].join('');
    const doc = await readDocx(await docxOf(body));
    expect(doc.references?.map((r) => r.raw.slice(0, 16))).toEqual(['[1] Walker, M. P', '[2] Mednick, S.,']);
    expect(doc.references?.map((r) => r.number)).toEqual([1, 2]);
    expect(doc.blocks.map((b) => b.citations?.map((c) => c.targets))).toEqual([[[1]], [[2]]]);
  });

  it('reads a citation field in a footnote (a note style)', async () => {
    const footnotes = notesXml('footnote', [
      para(
        run('See '),
        field(zoteroCitation('n1', [WALKER], 'Walker, “The role of sleep.”'), 'Walker, “The role of sleep.”'),
      ),
    ]);
    const body = para(run('Sleep helps memory.'), noteReference('footnote', 1));
    const doc = await readDocx(await docxOf(body, { footnotes }));
    const note = doc.blocks.find((b) => b.kind === 'note');
    expect(note?.text).toBe('See Walker, “The role of sleep.”');
    expect(note?.citations).toEqual([{ start: 4, end: 32, targets: [1] }]);
    expect(doc.references?.[0]?.fields?.title).toBe('The role of sleep in cognition and emotion');
  });

  it('ignores a field whose JSON is malformed or too long, keeping its visible text', async () => {
    const long = ` ADDIN ZOTERO_ITEM CSL_CITATION {"citationItems":[{"itemData":{"title":"${'x'.repeat(MAX_INSTRUCTION_CHARS)}"}}]}`;
    const body = [
      para(
        run('Sleep improves recall in adults '),
        field(' ADDIN ZOTERO_ITEM CSL_CITATION {"citationItems":[{"itemData":', '[1]'),
        run('.'),
      ),
      para(run('Naps improve recall in students '), field(long, '[2]'), run('.')),
      para(
        run('Sleep helps memory consolidation '),
        field('ADDIN CSL_CITATION {"citationItems":{"a":1}}', '[1]'),
        run('.'),
      ),
      heading('References', 2),
      para(run('[1] Walker, M. P. (2009). The role of sleep. Annals, 1156, 168-197.')),
      para(run('[2] Diekelmann, S., & Born, J. (2010). The memory function of sleep. NRN, 11, 114-126.')),
    ].join('');
    const scan = scanFields(documentXml(body));
    expect(scan.citations).toEqual([]);
    expect(scan.skipped).toBe(3);
    const doc = await readDocx(await docxOf(body));
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Sleep improves recall in adults [1].',
      'Naps improve recall in students [2].',
      'Sleep helps memory consolidation [1].',
    ]);
    // No field could be read: the callouts are left to the marker grammar, as without fields.
    expect(doc.blocks.every((b) => b.citations === undefined)).toBe(true);
    const graph = await parseArticleBytes(await docxOf(body), { slug: 'broken', name: 'broken.docx' });
    expect(graph.claims.map((c) => c.cites)).toEqual([[1], [2], [1]]);
  });

  it('scans many fields and deep nesting in time linear in the part', () => {
    const one = field(zoteroCitation('m', [WALKER], '(Walker, 2009)'), '(Walker, 2009)');
    const many = documentXml(para(...Array.from({ length: 4000 }, () => `${run('Sleep helps. ')}${one}`)));
    const started = performance.now();
    expect(scanFields(many).citations).toHaveLength(4000);
    expect(performance.now() - started).toBeLessThan(3000);
    // Fields nested 10 000 deep: the ones past the tracked depth are counted, not kept.
    const deep = documentXml(para(fld('begin').repeat(10_000), run('text'), fld('end').repeat(10_000)));
    expect(scanFields(deep).citations).toEqual([]);
  });

  it('stops searching for fields it cannot place once it has read the text a few times over', () => {
    // A result that almost matches everywhere is the slowest to search for.
    const text = 'a'.repeat(20_000);
    const blocks = Array.from({ length: 200 }, (_, i) => ({ kind: 'paragraph' as const, text, line: i + 1 }));
    const lost: CitationField = {
      result: `${'a'.repeat(200)}b`,
      before: '',
      items: [{ key: 'k', fields: {} }],
    };
    const read = { title: null, blocks, references: null, referencesHeading: null };
    const started = performance.now();
    const out = applyCitationFields(
      read,
      { citations: Array(20_000).fill(lost), bibliography: null, skipped: 0 },
      {
        citations: [],
        bibliography: null,
        skipped: 0,
      },
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(out).toBe(read);
  });
});
