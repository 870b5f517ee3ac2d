import type { TruthArticle, TruthBlock } from '../truth/truth-article';
import { listedEntry, type Rendering } from './rendering';

/**
 * The article as Markdown: `#` title, `##`… section headings, lists, GFM tables (a table with
 * no header row gets an empty one, as GFM requires), callouts as written and a "References"
 * section, numbered in a numeric article.
 */
export function renderMarkdown(article: TruthArticle): Rendering {
  const out: string[] = [`# ${article.title}`, ''];
  const blocks = article.blocks;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as TruthBlock;
    if (block.kind === 'table-header' || block.kind === 'table-row') {
      let end = i;
      while (blocks[end + 1]?.kind === 'table-row' || blocks[end + 1]?.kind === 'table-header') end += 1;
      out.push(...table(blocks.slice(i, end + 1)), '');
      i = end;
      continue;
    }
    out.push(markdownLine(block, blocks[i - 1]), '');
  }
  out.push('## References', '');
  for (let i = 0; i < article.references.length; i += 1) {
    out.push(escapeLineStart(listedEntry(article, i)), '');
  }
  return {
    name: `${article.id}.md`,
    bytes: new TextEncoder().encode(`${out.join('\n').trimEnd()}\n`),
  };
}

/** A line that starts like Markdown syntax it is not meant as (`1984. A year`) is escaped. */
function escapeLineStart(text: string): string {
  return text.replace(/^(#|[-+*] |>)/, '\\$1');
}

function markdownLine(block: TruthBlock, previous: TruthBlock | undefined): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, (block.level ?? 1) + 1))} ${block.text}`;
    case 'bullet':
      return `- ${block.text}`;
    case 'numbered':
      return `${previous?.kind === 'numbered' ? 2 : 1}. ${block.text}`;
    case 'caption':
      return `*${block.text}*`;
    default:
      return escapeLineStart(block.text.replace(/^(\d+)\. /, '$1\\. '));
  }
}

function table(rows: TruthBlock[]): string[] {
  const width = Math.max(...rows.map((r) => r.cells?.length ?? 1));
  const cells = (r: TruthBlock | undefined) => {
    const c = r?.cells ?? [];
    return `| ${Array.from({ length: width }, (_, i) => (c[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  };
  const header = rows[0]?.kind === 'table-header' ? rows[0] : undefined;
  const body = header ? rows.slice(1) : rows;
  return [cells(header), `|${' --- |'.repeat(width)}`, ...body.map(cells)];
}
