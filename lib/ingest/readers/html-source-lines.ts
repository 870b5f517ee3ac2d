import type { SourceDocument } from '../document/source-document';
import { sentenceLocator, sourceLinesOf } from '../source-positions';

const blank = (text: string) => text.replace(/[^\r\n]/g, ' ');
const ENTITY = /&#?\w{1,32};/g;
const RAW_TEXT = /^<(script|style|template|title)\b/i;

/**
 * The page with its markup blanked out, column for column: comments, scripts, styles, the <title>,
 * tags and entities become spaces, so that the words left on each line are the page's text where
 * the file has it, and a tag's or an attribute's words ("href", "ref", "12") are never taken for
 * the text's. One pass from left to right: markup left open runs to the end of the file, as a browser
 * reads it, and ends the scan (a regex would go back over the rest from every "<").
 */
export function htmlTextLines(html: string): string[] {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) break;
    const rawText = RAW_TEXT.exec(html.slice(open, open + 10))?.[1]?.toLowerCase();
    const close = html.startsWith('<!--', open)
      ? endAfter(lower, '-->', open + 4)
      : rawText
        ? endAfter(lower, `</${rawText}`, open + 1, '>')
        : endAfter(lower, '>', open + 1);
    parts.push(html.slice(at, open).replace(ENTITY, blank), blank(html.slice(open, close)));
    at = close;
  }
  parts.push(html.slice(at).replace(ENTITY, blank));
  return sourceLinesOf(parts.join(''));
}

/** Where markup that opened before `from` ends: after `end` (and then `then`), else the text's end. */
function endAfter(text: string, end: string, from: number, then?: string): number {
  const found = text.indexOf(end, from);
  if (found === -1) return text.length;
  if (then === undefined) return found + end.length;
  const last = text.indexOf(then, found + end.length);
  return last === -1 ? text.length : last + 1;
}

/**
 * The page's lines given to what was read from its tree: linkedom keeps no source positions, so
 * each block, then each reference entry, is found by its first words in order after the one
 * before it. One that is not found (its first words split by an entity) keeps the line before it,
 * which is where its text most likely starts. Claims are then located on these lines as in any
 * text source (SARIF, GitHub annotations).
 */
export function placeOnHtmlLines(
  html: string,
  doc: Omit<SourceDocument, 'format'>,
): Omit<SourceDocument, 'format'> {
  const lines = htmlTextLines(html);
  const locator = sentenceLocator(lines);
  let line = 1;
  const blocks = doc.blocks.map((block) => {
    line = locator.next(block.text)?.line ?? line;
    return { ...block, line };
  });
  const references =
    doc.references?.map((entry) => {
      const at = locator.next(entry.raw);
      if (!at) return { ...entry, line };
      line = at.line;
      // The entry starts where its first word does, less what comes before that word ("[3] ").
      const lead = /[\p{L}\p{N}]/u.exec(entry.raw)?.index ?? 0;
      return { ...entry, line, column: Math.max(1, at.column - lead) };
    }) ?? null;
  return { ...doc, blocks, references, sourceLines: lines };
}
