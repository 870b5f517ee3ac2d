import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { documentXml, docxOf, heading, para, run } from '../test-support/word-xml';
import { readDocx } from './docx';
import { MAX_INSTRUCTION_CHARS, scanFields } from './docx-fields';

/*
 * Mendeley Cite's content controls, written by hand from the shape the add-in leaves in a .docx:
 * an inline <w:sdt> whose <w:tag> is "MENDELEY_CITATION_v3_" and the citation's JSON in base64
 * (CSL `citationItems` with `itemData`), its content the visible citation; the bibliography a
 * block <w:sdt> tagged MENDELEY_BIBLIOGRAPHY holding one paragraph per entry.
 */

const WALKER = {
  id: 'a1b2',
  type: 'article-journal',
  title: 'The role of sleep in cognition and emotion',
  'container-title': 'Annals of the New York Academy of Sciences',
  volume: '1156',
  page: '168-197',
  DOI: '10.1111/j.1749-6632.2008.04416.x',
  author: [{ family: 'Walker', given: 'Matthew P.' }],
  issued: { 'date-parts': [[2009]] },
};
const MEDNICK = {
  id: 'c3d4',
  type: 'article-journal',
  title: 'Sleep-dependent learning: a nap is as good as a night',
  'container-title': 'Nature Neuroscience',
  volume: '6',
  issue: '7',
  page: '697-698',
  author: [
    { family: 'Mednick', given: 'Sara' },
    { family: 'Nakayama', given: 'Ken' },
  ],
  issued: { 'date-parts': [[2003]] },
};

const tagOf = (items: object[]) =>
  `MENDELEY_CITATION_v3_${Buffer.from(
    JSON.stringify({
      citationID: 'MENDELEY_CITATION_0b1c',
      properties: { noteIndex: 0 },
      isEdited: false,
      manualOverride: { isManuallyOverridden: false, citeprocText: '', manualOverrideText: '' },
      citationItems: items.map((itemData) => ({
        id: (itemData as { id: string }).id,
        itemData,
        isTemporary: false,
      })),
    }),
  ).toString('base64')}`;

const control = (tag: string, result: string) =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/><w:id w:val="-1234"/></w:sdtPr><w:sdtContent>${run(result)}</w:sdtContent></w:sdt>`;

const BIBLIOGRAPHY = [
  'Mednick, S., & Nakayama, K. (2003). Sleep-dependent learning: A nap is as good as a night. Nature Neuroscience, 6(7), 697–698.',
  'Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the New York Academy of Sciences, 1156, 168–197. https://doi.org/10.1111/j.1749-6632.2008.04416.x',
];
const bibliography = (entries: string[]) =>
  `<w:sdt><w:sdtPr><w:tag w:val="MENDELEY_BIBLIOGRAPHY"/></w:sdtPr><w:sdtContent>${entries.map((e) => para(run(e))).join('')}</w:sdtContent></w:sdt>`;

const body = [
  heading('Sleep and Memory'),
  para(
    run('Sleep helps memory consolidation in adults '),
    control(tagOf([WALKER]), '(Walker, 2009)'),
    run('.'),
  ),
  para(
    run('Naps improve recall in students '),
    control(tagOf([MEDNICK, WALKER]), '(Mednick & Nakayama, 2003; Walker, 2009)'),
    run('.'),
  ),
  bibliography(BIBLIOGRAPHY),
].join('');

describe('Mendeley Cite content controls in Word', () => {
  it('scans each citation control with its result and CSL items, and the bibliography control by paragraph', () => {
    const scan = scanFields(documentXml(body));
    expect(scan.citations.map((c) => [c.before, c.result, c.items.map((i) => i.fields.title)])).toEqual([
      // Up to 40 characters of the paragraph before the control, to place it.
      ['ep helps memory consolidation in adults ', '(Walker, 2009)', [WALKER.title]],
      [
        'Naps improve recall in students ',
        '(Mednick & Nakayama, 2003; Walker, 2009)',
        [MEDNICK.title, WALKER.title],
      ],
    ]);
    expect(scan.citations[0]?.items[0]?.fields).toMatchObject({
      year: 2009,
      doi: WALKER.DOI,
      volume: '1156',
    });
    expect(scan.bibliography).toEqual(BIBLIOGRAPHY);
    expect(scan.skipped).toBe(0);
  });

  it('makes the controls exact callouts linked to the bibliography entries', async () => {
    const bytes = await docxOf(body);
    const doc = await readDocx(bytes);
    expect(doc.references?.map((r) => [r.number, r.raw])).toEqual(BIBLIOGRAPHY.map((raw, i) => [i + 1, raw]));
    expect(doc.blocks.map((b) => [b.text, b.citations])).toEqual([
      ['Sleep helps memory consolidation in adults (Walker, 2009).', [{ start: 43, end: 57, targets: [2] }]],
      [
        'Naps improve recall in students (Mednick & Nakayama, 2003; Walker, 2009).',
        [{ start: 32, end: 72, targets: [1, 2] }],
      ],
    ]);
    const graph = await parseArticleBytes(bytes, { slug: 'cite', name: 'cite.docx' });
    expect(graph.claims.map((c) => c.cites)).toEqual([[2], [1, 2]]);
  });

  it('skips and counts a tag that is not base64, not JSON, without items or too long', () => {
    const tooLong = `MENDELEY_CITATION_v3_${'A'.repeat(MAX_INSTRUCTION_CHARS + 4)}`;
    const scan = scanFields(
      documentXml(
        para(
          control('MENDELEY_CITATION_v3_@@@', '(A, 2001)'),
          control(`MENDELEY_CITATION_v3_${Buffer.from('{"citationItems":').toString('base64')}`, '(B, 2002)'),
          control(`MENDELEY_CITATION_v3_${Buffer.from('{"items":[]}').toString('base64')}`, '(C, 2003)'),
          control(tooLong, '(D, 2004)'),
          // Other content controls are no citations and are not counted.
          control('ClientName', 'Acme'),
        ),
      ),
    );
    expect(scan.citations).toEqual([]);
    expect(scan.skipped).toBe(4);
  });
});
