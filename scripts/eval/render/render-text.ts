import type { TruthArticle, TruthBlock } from '../truth/truth-article';
import { listedEntry, type Rendering } from './rendering';

/**
 * The article as a plain-text file a writer would paste: title, headings on lines of their own,
 * paragraphs separated by blank lines, list items with "- " or "1. ", table rows as cells joined
 * by " | ", callouts as written, and the reference list under "References".
 */
export function renderText(article: TruthArticle): Rendering {
  const lines: string[] = [article.title, ''];
  let item = 0;
  for (const block of article.blocks) {
    item = block.kind === 'numbered' ? item + 1 : 0;
    lines.push(textLine(block, item), '');
  }
  lines.push('References', '');
  for (let i = 0; i < article.references.length; i += 1) lines.push(listedEntry(article, i));
  const text = `${lines.join('\n').trimEnd()}\n`;
  return { name: `${article.id}.txt`, bytes: new TextEncoder().encode(text) };
}

function textLine(block: TruthBlock, item: number): string {
  switch (block.kind) {
    case 'bullet':
      return `- ${block.text}`;
    case 'numbered':
      return `${item}. ${block.text}`;
    default:
      return block.text;
  }
}
