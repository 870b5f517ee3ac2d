import { type SourceLine, splitBlocks } from '../blocks';
import type { SourceDocument } from '../document/source-document';
import { findReferenceList } from '../reference-list';
import { sourceLinesOf } from '../source-positions';

/**
 * Plain text, and Markdown read line by line: a blank line ends a paragraph, list items and
 * headings are blocks, and the reference list is found by its heading or by its shape
 * (lib/ingest/reference-list.ts). Callouts are left for the marker grammar to find. A Markdown
 * "# " heading on the first line is the article's title, and so is a plain one-line heading that
 * opens the file ("Sleep and memory", then a paragraph), unless it names a section.
 */
/** Headings that open a section, not an article: a file that starts with one has no title line. */
const SECTION_NAMES = new Set([
  'abstract',
  'summary',
  'introduction',
  'background',
  'overview',
  'preface',
  'foreword',
  'methods',
  'contents',
  'table of contents',
]);

function isSectionName(heading: string): boolean {
  return SECTION_NAMES.has(
    heading
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .trim(),
  );
}

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
  const titled =
    first?.kind === 'heading' &&
    (first.level === 1 ||
      (first.line === 1 &&
        !sourceLines[0]?.trimStart().startsWith('#') &&
        blocks[1]?.kind !== 'heading' &&
        !isSectionName(first.text)));
  return {
    format: 'text',
    title: titled ? first.text : null,
    blocks: titled ? blocks.slice(1) : blocks,
    references: list ? list.entries.map(({ number, raw, line }) => ({ number, raw, line })) : null,
    referencesHeading: list?.heading ?? null,
    sourceLines,
  };
}
