import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { documentXml, docxOf, esc, field, fld, instr, para, run } from '../test-support/word-xml';
import { readDocx } from './docx';
import { endnoteItems } from './docx-endnote';
import { MAX_INSTRUCTION_CHARS, scanFields } from './docx-fields';

/*
 * EndNote's fields, written by hand from the format Cite While You Write leaves in a .docx: a
 * field "ADDIN EN.CITE <EndNote><Cite>…</Cite></EndNote>" (one <Cite> per work: Author, Year,
 * RecNum, DisplayText and the library's <record>, its text wrapped in <style> elements), or
 * "ADDIN EN.CITE" holding a nested "ADDIN EN.CITE.DATA" field whose begin carries the same XML
 * in base64 (<w:fldData>); the bibliography a field "ADDIN EN.REFLIST", one paragraph per entry.
 */

const styled = (text: string) => `<style face="normal" font="default" size="100%">${esc(text)}</style>`;

interface Work {
  recNum: number;
  authors: string[];
  year: string;
  title: string;
  journal: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
}

const WALKER: Work = {
  recNum: 12,
  authors: ['Walker, M. P.'],
  year: '2009',
  title: 'The role of sleep in cognition and emotion',
  journal: 'Ann N Y Acad Sci',
  volume: '1156',
  pages: '168-97',
  doi: '10.1111/j.1749-6632.2008.04416.x',
  pmid: '19338508',
};
const DIEKELMANN: Work = {
  recNum: 7,
  authors: ['Diekelmann, S.', 'Born, J.'],
  year: '2010',
  title: 'The memory function of sleep',
  journal: 'Nat Rev Neurosci',
  volume: '11',
  issue: '2',
  pages: '114-26',
  doi: 'https://doi.org/10.1038/nrn2762',
};

const cite = (w: Work, display: string) =>
  `<Cite><Author>${esc(w.authors[0]?.split(',')[0] ?? '')}</Author><Year>${w.year}</Year><RecNum>${w.recNum}</RecNum><DisplayText>${esc(display)}</DisplayText><record><rec-number>${w.recNum}</rec-number><foreign-keys><key app="EN" db-id="a0b1c2">${w.recNum}</key></foreign-keys><ref-type name="Journal Article">17</ref-type><contributors><authors>${w.authors.map((a) => `<author>${styled(a)}</author>`).join('')}</authors></contributors><titles><title>${styled(w.title)}</title><secondary-title>${styled(w.journal)}</secondary-title></titles><periodical><full-title>${styled(w.journal)}</full-title></periodical>${w.pages ? `<pages>${styled(w.pages)}</pages>` : ''}${w.volume ? `<volume>${styled(w.volume)}</volume>` : ''}${w.issue ? `<number>${styled(w.issue)}</number>` : ''}<dates><year>${styled(w.year)}</year></dates>${w.pmid ? `<accession-num>${styled(w.pmid)}</accession-num>` : ''}${w.doi ? `<electronic-resource-num>${styled(w.doi)}</electronic-resource-num>` : ''}</record></Cite>`;

const endnoteXml = (works: Work[], display: string) =>
  `<EndNote>${works.map((w) => cite(w, display)).join('')}</EndNote>`;

/** A citation with its XML in the instruction (escaped by `instr`, cut into runs). */
const inlineCitation = (works: Work[], display: string) =>
  field(` ADDIN EN.CITE ${endnoteXml(works, display)}`, display);

/** A citation whose XML is base64 in a nested EN.CITE.DATA field, as EndNote writes long ones. */
const dataCitation = (
  works: Work[],
  display: string,
  data = Buffer.from(endnoteXml(works, display)).toString('base64'),
) =>
  `${fld('begin')}${instr(' ADDIN EN.CITE ')}${fld('begin', data)}${instr(' ADDIN EN.CITE.DATA ')}${fld('end')}${fld('separate')}${run(display)}${fld('end')}`;

const REFLIST = [
  '1. Walker MP. The role of sleep in cognition and emotion. Ann N Y Acad Sci. 2009;1156:168-97.',
  '2. Diekelmann S, Born J. The memory function of sleep. Nat Rev Neurosci. 2010;11(2):114-26.',
];
const reflist = (entries: string[]) => {
  const [firstEntry, ...rest] = entries;
  const last = rest.pop() as string;
  return [
    `<w:p>${fld('begin')}${instr(' ADDIN EN.REFLIST ')}${fld('separate')}${run(firstEntry as string)}</w:p>`,
    ...rest.map((e) => para(run(e))),
    `<w:p>${run(last)}${fld('end')}</w:p>`,
  ].join('');
};

const body = (citations: [string, string]) =>
  [
    para(run('Sleep helps memory consolidation in adults '), citations[0], run('.')),
    para(run('Naps improve recall in students '), citations[1], run('.')),
    reflist(REFLIST),
  ].join('');

describe('EndNote citation fields in Word', () => {
  it('reads a record: authors, year, title, journal, volume, issue, pages, DOI and PMID', () => {
    const [walker, diekelmann] = endnoteItems(endnoteXml([WALKER, DIEKELMANN], '[1, 2]')) ?? [];
    expect(walker?.fields).toEqual({
      authors: [{ family: 'Walker', given: 'M. P.' }],
      year: 2009,
      title: 'The role of sleep in cognition and emotion',
      container: 'Ann N Y Acad Sci',
      volume: '1156',
      issue: null,
      pages: '168-97',
      doi: '10.1111/j.1749-6632.2008.04416.x',
      pmid: '19338508',
      url: null,
    });
    // Two <author> elements are two authors; a DOI written as a link is its bare DOI.
    expect(diekelmann?.fields.authors?.map((a) => a.family)).toEqual(['Diekelmann', 'Born']);
    expect(diekelmann?.fields.doi).toBe('10.1038/nrn2762');
    expect(diekelmann?.fields.issue).toBe('2');
    expect(walker?.key).not.toBe(diekelmann?.key);
  });

  it('scans inline and base64 citations alike, and the EN.REFLIST field as the bibliography', () => {
    for (const [first, second] of [
      [inlineCitation([WALKER], '[1]'), inlineCitation([DIEKELMANN, WALKER], '[1, 2]')],
      [dataCitation([WALKER], '[1]'), dataCitation([DIEKELMANN, WALKER], '[1, 2]')],
    ] as const) {
      const scan = scanFields(documentXml(body([first, second])));
      expect(scan.citations.map((c) => [c.result, c.items.map((i) => i.fields.title)])).toEqual([
        ['[1]', ['The role of sleep in cognition and emotion']],
        ['[1, 2]', ['The memory function of sleep', 'The role of sleep in cognition and emotion']],
      ]);
      expect(scan.bibliography).toEqual(REFLIST);
      expect(scan.skipped).toBe(0);
    }
  });

  it('makes the fields exact callouts linked to the EN.REFLIST entries by DOI', async () => {
    const bytes = await docxOf(
      body([dataCitation([WALKER], '[1]'), inlineCitation([DIEKELMANN, WALKER], '[1,2]')]),
    );
    const doc = await readDocx(bytes);
    expect(doc.references?.map((r) => [r.number, r.raw])).toEqual(REFLIST.map((raw, i) => [i + 1, raw]));
    expect(doc.blocks.map((b) => b.citations)).toEqual([
      [{ start: 43, end: 46, targets: [1] }],
      [{ start: 32, end: 37, targets: [2, 1] }],
    ]);
    // The entries keep the record's fields.
    expect(doc.references?.[0]?.fields?.pmid).toBe('19338508');
    const graph = await parseArticleBytes(bytes, { slug: 'endnote', name: 'endnote.docx' });
    expect(graph.claims.map((c) => c.cites)).toEqual([[1], [1, 2]]);
  });

  it('skips and counts bad base64, malformed XML and an oversized instruction, keeping the visible text', async () => {
    const broken = [
      para(
        run('Sleep helps memory consolidation in adults '),
        dataCitation([WALKER], '[1]', '@@not base64@@'),
        run('.'),
      ),
      para(
        run('Naps improve recall in students '),
        dataCitation([WALKER], '[2]', Buffer.from('<EndNote><Cite><record>').toString('base64')),
        run('.'),
      ),
      para(
        run('Sleep helps '),
        field(' ADDIN EN.CITE <EndNote><Cite><Author>Walker</Cite>', '[1]'),
        run('.'),
      ),
      para(
        run('Naps help '),
        field(
          ` ADDIN EN.CITE <EndNote><Cite><Author>${'x'.repeat(MAX_INSTRUCTION_CHARS)}</Author></Cite></EndNote>`,
          '[2]',
        ),
        run('.'),
      ),
    ].join('');
    const scan = scanFields(documentXml(broken));
    expect(scan.citations).toEqual([]);
    expect(scan.skipped).toBe(4);
    const doc = await readDocx(await docxOf(`${broken}${reflist(REFLIST)}`));
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Sleep helps memory consolidation in adults [1].',
      'Naps improve recall in students [2].',
      'Sleep helps [1].',
      'Naps help [2].',
    ]);
    // The bibliography field is still the list, cited by the markers typed in the text.
    expect(doc.references?.map((r) => r.raw)).toEqual(REFLIST);
    expect(doc.blocks.every((b) => b.citations === undefined)).toBe(true);
    const graph = await parseArticleBytes(await docxOf(`${broken}${reflist(REFLIST)}`), {
      slug: 'broken',
      name: 'broken.docx',
    });
    expect(graph.claims.map((c) => c.cites)).toEqual([[1], [2], [1], [2]]);
  });

  it('scans many base64 citations in time linear in the part', () => {
    const one = dataCitation([WALKER, DIEKELMANN], '[1, 2]');
    const many = documentXml(para(...Array.from({ length: 2000 }, () => `${run('Sleep helps. ')}${one}`)));
    const started = performance.now();
    expect(scanFields(many).citations).toHaveLength(2000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
