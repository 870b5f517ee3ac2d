import { type SourceLine, splitBlocks } from '../blocks';
import type { SourceDocument } from '../document/source-document';
import { findReferenceList } from '../reference-list';
import { sourceLinesOf } from '../source-positions';

/**
 * Plain text, and Markdown read line by line: a blank line ends a paragraph, list items and
 * headings are blocks, and the reference list is found by its heading or by its shape
 * (lib/ingest/reference-list.ts). Callouts are left for the marker grammar to find. A Markdown
 * "# " heading on the first line is the article's title.
 */
export function readPlainText(text: string): SourceDocument {
  const sourceLines = sourceLinesOf(text);
  const lines: SourceLine[] = sourceLines.map((line, i) => ({ text: line, number: i + 1 }));
  const list = findReferenceList(lines);
  const body = list ? [...lines.slice(0, list.start), ...lines.slice(list.end)] : lines;
  const blocks = splitBlocks(body).map(({ type, text: blockText, line, level }) => ({
    kind: type,
    text: blockText,
    line,
    ...(level === undefined ? {} : { level }),
  }));
  const first = blocks[0];
  const titled = first?.kind === 'heading' && first.level === 1;
  return {
    format: 'text',
    title: titled ? first.text : null,
    blocks: titled ? blocks.slice(1) : blocks,
    references: list ? list.entries.map(({ number, raw, line }) => ({ number, raw, line })) : null,
    referencesHeading: list?.heading ?? null,
    sourceLines,
  };
}
