import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readDocx } from './docx';
import { headerRowsTransform, scanHeaderRows } from './docx-table-headers';

/*
 * Word tables written with the `docx` package, which writes `<w:tblHeader w:val="off"/>` on every
 * row not marked as a header, and rows written by hand for the switch's other spellings. What
 * each must give is stated from the table as written.
 */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const row = (props: string, text = 'x') =>
  `<w:tr>${props === '' ? '' : `<w:trPr>${props}</w:trPr>`}<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc></w:tr>`;
const part = (body: string) => `<w:document ${W} ${MC}><w:body><w:tbl>${body}</w:tbl></w:body></w:document>`;

async function tableDocx(rows: { cells: string[]; header: boolean }[], references: string[]) {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Rosettes in choanoflagellates', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Bacteria induce rosettes (Alegado et al., 2012).'),
          new Table({
            rows: rows.map(
              (r) =>
                new TableRow({
                  tableHeader: r.header,
                  children: r.cells.map((c) => new TableCell({ children: [new Paragraph(c)] })),
                }),
            ),
          }),
          new Paragraph({ text: 'References', heading: HeadingLevel.HEADING_2 }),
          ...references.map((r) => new Paragraph(r)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const REFERENCES = [
  'Alegado, R. A. (2012). A bacterial sulfonolipid triggers multicellular development. eLife, 1, e00013.',
  'Tiago, I. (2006). Algoriphagus alkaliphilus sp. nov. Int J Syst Evol Microbiol, 56, 2503-2507.',
];

describe('scanHeaderRows', () => {
  it('reads the switch on when it has no value or says true, on or 1, and off for false, off or 0', () => {
    const rows = ['<w:tblHeader/>', '<w:tblHeader w:val="true"/>', '<w:tblHeader w:val="on"/>']
      .concat(['<w:tblHeader w:val="1"/>', '<w:tblHeader w:val="false"/>', '<w:tblHeader w:val="off"/>'])
      .concat(['<w:tblHeader w:val="0"/>']);
    expect(scanHeaderRows(part(rows.map((p) => row(p)).join('')))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('leaves out rows with no switch, deleted rows, a revision’s old properties and mc:Choice content', () => {
    const xml = part(
      row('') +
        row('<w:tblHeader/><w:del w:id="1" w:author="a" w:date="2020-01-01T00:00:00Z"/>') +
        row('<w:trPrChange w:id="2" w:author="a"><w:trPr><w:tblHeader/></w:trPr></w:trPrChange>') +
        `<mc:AlternateContent><mc:Choice Requires="wps">${row('<w:tblHeader/>')}</mc:Choice>` +
        `<mc:Fallback>${row('<w:tblHeader w:val="0"/>')}</mc:Fallback></mc:AlternateContent>`,
    );
    expect(scanHeaderRows(xml)).toEqual([false]);
  });
});

describe('headerRowsTransform', () => {
  const tree = () => ({
    type: 'document',
    children: [
      {
        type: 'table',
        children: [
          { type: 'tableRow', isHeader: true, children: [] },
          { type: 'tableRow', isHeader: true, children: [] },
          { type: 'tableRow', isHeader: false, children: [] },
        ],
      },
    ],
  });
  const flagsOf = (doc: ReturnType<typeof tree>) => doc.children[0]?.children.map((r) => r.isHeader);

  it('sets the header-marked rows, in order, to the switches read from the XML', () => {
    expect(flagsOf(headerRowsTransform([true, false])(tree()))).toEqual([true, false, false]);
  });

  it('keeps mammoth’s reading whole when the counts differ', () => {
    expect(flagsOf(headerRowsTransform([false])(tree()))).toEqual([true, true, false]);
  });
});

describe('Word table header rows', () => {
  it('reads rows whose header switch is off as body rows, and the marked first row as the header', async () => {
    const doc = await readDocx(
      await tableDocx(
        [
          { cells: ['Species', 'Reference'], header: true },
          { cells: ['Algoriphagus machipongonensis', 'Alegado et al. (2012)'], header: false },
          { cells: ['Algoriphagus alkaliphilus', 'Tiago et al. (2006)'], header: false },
          { cells: ['Sea water', 'none'], header: false },
        ],
        REFERENCES,
      ),
    );
    expect(doc.blocks.filter((b) => b.kind.startsWith('table')).map((b) => [b.kind, b.text])).toEqual([
      ['table-header', 'Species | Reference'],
      ['table-row', 'Algoriphagus machipongonensis | Alegado et al. (2012)'],
      ['table-row', 'Algoriphagus alkaliphilus | Tiago et al. (2006)'],
      ['table-row', 'Sea water | none'],
    ]);
  });

  it('makes a claim of every row that cites, even one marked as a header', async () => {
    const bytes = await tableDocx(
      [
        { cells: ['Tiago et al. (2006)', 'salt-tolerant'], header: true },
        { cells: ['Species', 'Trait'], header: true },
        { cells: ['Algoriphagus machipongonensis', 'Alegado et al. (2012)'], header: false },
      ],
      REFERENCES,
    );
    const doc = await parseArticleBytes(bytes, { slug: 'rosettes', name: 'rosettes.docx' });
    const rows = doc.claims.filter((c) => c.block === 'table-row').map((c) => [c.text, c.cites]);
    expect(rows).toEqual([
      ['Tiago et al. (2006) | salt-tolerant', [2]],
      ['Algoriphagus machipongonensis | Alegado et al. (2012)', [1]],
    ]);
  });
});
