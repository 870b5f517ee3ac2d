import { isWhitespace, skipSpaces } from '@/lib/text/scan';
import { atxHeading } from './atx-heading';
import { findAuthorDateCallouts } from './author-date/find-callouts';
import { stripInlineMarkdown } from './inline-markdown';
import { markPipeRows } from './pipe-rows';
import { footnoteDefinition, isTableDelimiter, rowText, tableCells } from './structure-lines';
import { superscriptSpans } from './superscript-markers';

/**
 * The body of an article as blocks: headings, paragraphs and list items. Plain text and Markdown
 * alike: a blank line ends a paragraph, each list item is its own block, "#" lines and setext
 * underlines are headings, and a short single-line paragraph without terminal punctuation is a
 * plain-text heading ("The Roots of Emotional Unavailability in Men"). A line of "|" cells is a
 * table row (the row above a "|---|" delimiter is the header), and a footnote definition
 * ("[^1]: …", wherever it stands) is a note: neither header rows nor notes become claims.
 */
export type BlockType =
  | 'heading'
  | 'paragraph'
  | 'bullet'
  | 'numbered'
  | 'table-row'
  | 'table-header'
  | 'note';

export interface Block {
  type: BlockType;
  /** The block's text on one line, list prefix and Markdown heading marks removed. */
  text: string;
  /** 1-based line where the block starts. */
  line: number;
  /** Markdown heading level (1-6); plain headings count as 2. */
  level?: number;
}

export interface SourceLine {
  text: string;
  /** 1-based line number in the source. */
  number: number;
}

/** The line under a setext heading: "=====" or "-----". */
export const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
// "(\S.*)?" rather than "(.*)": the text after the spaces starts at a non-space, so a line that
// fails (a line separator inside it) fails once instead of once per space.
const BULLET = /^\s*[•‣◦▪·\-*+–]\s+(\S.*)?$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(\S.*)?$/;
const FENCE = /^\s{0,3}(```|~~~)/;

/**
 * A line that opens a list item ("• item", "- item", "2) item"): its kind and text, or null. The
 * Markdown reader asks this of the lines of a paragraph, for the bullets Markdown does not know
 * ("•" from a word processor) and the numbered items it does not let interrupt a paragraph.
 */
export function listItemLine(line: string): { type: 'bullet' | 'numbered'; text: string } | null {
  const bullet = BULLET.exec(line);
  if (bullet) return { type: 'bullet', text: bullet[1] ?? '' };
  const numbered = NUMBERED.exec(line);
  return numbered ? { type: 'numbered', text: numbered[1] ?? '' } : null;
}

/**
 * `/^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/` read by hand: the expression kept a
 * backtracking entry per mark and overflowed the engine's stack on a line of a million "*".
 */
export function isThematicBreak(line: string): boolean {
  let i = skipSpaces(line, 0);
  if (i > 3) return false;
  const mark = line[i];
  if (mark !== '*' && mark !== '-' && mark !== '_') return false;
  let marks = 0;
  for (; i < line.length; i++) {
    if (line[i] === mark) marks++;
    else if (!isWhitespace(line[i])) return false;
  }
  return marks >= 3;
}

const MAX_HEADING_WORDS = 14;

/**
 * "What Is Emotional Unavailability?" on its own line is a heading; "Is he distant?" is a
 * question. Headings capitalise their longer words, sentences do not.
 */
function isTitleCase(text: string): boolean {
  if (/\[\^?\d/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return /^\p{Lu}/u.test(text) && capitalised / words.length >= 0.75;
}

/**
 * A word, a comma, then a subject: "First, we load in qqconf", "Next, you fit the model", "Here,
 * it is". A sentence that leads into a code block or a figure, its full stop left out; a heading
 * names a thing and has no subject doing something.
 */
const CLAUSE_OPENING = /^\p{Lu}\p{Ll}*,\s+(?:we|you|i|it|they|he|she|one|let's|let us)\s/u;
/** A linking adverb and a comma, then lower case: "Finally, the distribution can be estimated as". */
const LINKING_ADVERB =
  /^(?:first|second|then|next|finally|again|here|now|however|also|thus|therefore|similarly|alternatively|instead|otherwise|furthermore|moreover|in general|in addition|in practice|in this case|for example|for instance),\s+/i;

/** Whether a line opens as a sentence does: "First, we …", "In general, a …". */
function opensLikeProse(text: string): boolean {
  if (CLAUSE_OPENING.test(text)) return true;
  const adverb = LINKING_ADVERB.exec(text);
  // The case is read apart from the match: with the "i" flag, \p{Ll} would take capitals too.
  return adverb !== null && /^\p{Ll}/u.test(text.slice(adverb[0].length));
}

/**
 * A last word that leaves the phrase open: "A summary of the fitted model is obtained via", a
 * sentence whose end is the code block under it. A heading does not end on an article, a
 * preposition that needs its object, a conjunction or a verb "to be".
 */
const OPEN_ENDING = /\s(?:via|the|a|an|of|with|by|using|and|or|is|are|as)$/i;

/** A short line with no terminal punctuation and no markers reads as a heading. */
const RELATION = /\s[=≠≈≤≥<>]\s/;

export function isPlainHeading(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 100) return false;
  if (t.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (t.endsWith('?') && isTitleCase(t.slice(0, -1))) return true;
  if (/[.!?:;,…"”’)\]]$/.test(t) || opensLikeProse(t) || OPEN_ENDING.test(t)) return false;
  if (/\[\^?\d/.test(t) || superscriptSpans(t).length > 0) return false;
  // A reStructuredText reference ends it, "… see the changelog. [#fn-changelog]_": a callout.
  if (t.endsWith(']_')) return false;
  // "MaximumHandshakeLength = 8192", "x ≤ 4": a relation between terms gives a value, as a
  // specification lists its constants, one to a line; no heading states one.
  if (RELATION.test(t)) return false;
  // A heading cites nothing: "Algoriphagus alkaliphilus | AJ717393 | Tiago et al. (2006) | +" is a
  // table row written without pipes at its ends, and its callout must stay in a claim.
  if (findAuthorDateCallouts(t).some((c) => !c.placeLike)) return false;
  return /^[\p{Lu}\p{N}“"‘']/u.test(t) && /\p{L}/u.test(t);
}

function finish(blocks: Block[], current: { block: Block; lines: number } | null, oneLine: Set<Block>): void {
  if (!current) return;
  const { block, lines } = current;
  block.text = stripInlineMarkdown(block.text.trim());
  // "**Heading**" alone on a line is a heading too; the bold marks are gone by now.
  if (block.type === 'paragraph' && lines === 1 && isPlainHeading(block.text)) {
    block.type = 'heading';
    block.level = 2;
  }
  if (block.text === '') return;
  blocks.push(block);
  if (lines === 1) oneLine.add(block);
}

/**
 * AsciiDoc's and reStructuredText's lower section titles are underlined with "~" or "^" as long as
 * the title ("Regressions: a big problem" / "~~~~~~~~~~~~~~~~~~~~~~~~~~"). Under a one-line
 * paragraph of about its length such a line is that title's underline, not a code fence opening:
 * read as a fence, it swallowed the text down to the next such title.
 */
const TITLE_UNDERLINE = /^\s{0,3}(~{3,}|\^{3,})\s*$/;

/** Whether a line of "~" or "^" is about as long as the title above it: that title's underline. */
function fitsTitle(line: string, title: string): boolean {
  const run = TITLE_UNDERLINE.exec(line)?.[1];
  return run !== undefined && Math.abs(run.length - title.trim().length) <= 2;
}

/**
 * Whether `line` underlines `title`, the line above it: a setext underline ("=====", "-----"), or
 * a lower section title's "~" or "^" about the title's length ("Bibliography" / "~~~~~~~~~~~~").
 */
export function underlinesTitle(title: string, line: string): boolean {
  return title.trim() !== '' && (SETEXT_UNDERLINE.test(line) || fitsTitle(line, title));
}

function isTitleUnderline(text: string, current: { block: Block; lines: number }): boolean {
  return current.block.type === 'paragraph' && current.lines === 1 && fitsTitle(text, current.block.text);
}

export function splitBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  const oneLine = new Set<Block>();
  let current: { block: Block; lines: number } | null = null;
  let inFence = false;
  for (const { text: raw, number } of lines) {
    const text = raw.replace(/^\s{0,3}>\s?/, ''); // block quotes read as their content
    if (!inFence && current !== null && isTitleUnderline(text, current)) {
      current.block.type = 'heading';
      current.block.level = 3;
      finish(blocks, current, oneLine);
      current = null;
      continue;
    }
    if (FENCE.test(text)) {
      finish(blocks, current, oneLine);
      current = null;
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (text.trim() === '') {
      finish(blocks, current, oneLine);
      current = null;
      continue;
    }
    const setext = SETEXT_UNDERLINE.exec(text);
    if (setext && current?.block.type === 'paragraph' && current.lines === 1) {
      current.block.type = 'heading';
      current.block.level = setext[1]?.startsWith('=') ? 1 : 2;
      finish(blocks, current, oneLine);
      current = null;
      continue;
    }
    if (isThematicBreak(text)) {
      finish(blocks, current, oneLine);
      current = null;
      continue;
    }
    if (isTableDelimiter(text)) {
      finish(blocks, current, oneLine);
      current = null;
      const header = blocks[blocks.length - 1];
      if (header?.type === 'table-row') header.type = 'table-header';
      continue;
    }
    const cells = tableCells(text);
    if (cells) {
      finish(blocks, current, oneLine);
      current = null;
      blocks.push({ type: 'table-row', text: stripInlineMarkdown(rowText(cells)), line: number });
      continue;
    }
    const note = footnoteDefinition(text);
    if (note !== null) {
      finish(blocks, current, oneLine);
      current = { block: { type: 'note', text: note, line: number }, lines: 1 };
      continue;
    }
    const atx = atxHeading(text);
    if (atx) {
      finish(blocks, current, oneLine);
      current = null;
      blocks.push({ type: 'heading', text: stripInlineMarkdown(atx.text), line: number, level: atx.level });
      continue;
    }
    const item = listItemLine(text);
    if (item) {
      finish(blocks, current, oneLine);
      current = { block: { type: item.type, text: item.text, line: number }, lines: 1 };
      continue;
    }
    if (current) {
      // A wrapped line continues the paragraph or list item it follows.
      current.block.text += ` ${text.trim()}`;
      current.lines++;
    } else {
      current = { block: { type: 'paragraph', text: text.trim(), line: number }, lines: 1 };
    }
  }
  finish(blocks, current, oneLine);
  markPipeRows(blocks, oneLine);
  return blocks;
}
