import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import type { TruthArticle, TruthBlock } from '../truth/truth-article';
import { calloutRuns } from './callout-runs';
import { listedEntry, type Rendering } from './rendering';

/**
 * The article as a Word manuscript: heading styles, paragraphs, bulleted and numbered lists,
 * tables, superscript callouts in a numeric article (author–date ones as written) and a
 * "References" section whose entries are typed out, numbered in a numeric article.
 */
export async function renderDocx(article: TruthArticle): Promise<Rendering> {
  const superscript = article.style === 'numeric';
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: article.title, heading: HeadingLevel.TITLE }),
  ];
  const blocks = article.blocks;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as TruthBlock;
    if (block.kind === 'table-header' || block.kind === 'table-row') {
      let end = i;
      while (blocks[end + 1]?.kind === 'table-row' || blocks[end + 1]?.kind === 'table-header') end += 1;
      children.push(table(blocks.slice(i, end + 1), superscript));
      i = end;
      continue;
    }
    children.push(paragraph(block, superscript));
  }
  children.push(new Paragraph({ text: 'References', heading: HeadingLevel.HEADING_1 }));
  for (let i = 0; i < article.references.length; i += 1) {
    children.push(new Paragraph({ text: listedEntry(article, i) }));
  }
  const doc = new Document({
    title: article.title,
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children }],
  });
  const buffer = await Packer.toBuffer(doc);
  return { name: `${article.id}.docx`, bytes: new Uint8Array(buffer) };
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

function runs(block: TruthBlock, superscript: boolean): TextRun[] {
  return calloutRuns(block.text, block.callouts, superscript).map(
    (r) => new TextRun({ text: r.text, superScript: r.superscript }),
  );
}

function paragraph(block: TruthBlock, superscript: boolean): Paragraph {
  const children = runs(block, superscript);
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ children, heading: HEADINGS[Math.min(5, (block.level ?? 1) - 1)] });
    case 'bullet':
      return new Paragraph({ children, bullet: { level: 0 } });
    case 'numbered':
      return new Paragraph({ children, numbering: { reference: 'numbered', level: 0 } });
    case 'caption':
      return new Paragraph({ children, style: 'Caption' });
    default:
      return new Paragraph({ children });
  }
}

function table(rows: TruthBlock[], superscript: boolean): Table {
  return new Table({
    rows: rows.map((row) => {
      let cursor = 0;
      const cells = (row.cells ?? [row.text]).map((cell) => {
        const start = Math.max(0, row.text.indexOf(cell, cursor));
        cursor = start + cell.length;
        const inside = row.callouts
          .filter((c) => c.start >= start && c.end <= start + cell.length)
          .map((c) => ({ ...c, start: c.start - start, end: c.end - start }));
        const text = calloutRuns(cell, inside, superscript).map(
          (r) => new TextRun({ text: r.text, superScript: r.superscript }),
        );
        return new TableCell({ children: [new Paragraph({ children: text })] });
      });
      return new TableRow({ children: cells, tableHeader: row.kind === 'table-header' });
    }),
  });
}
