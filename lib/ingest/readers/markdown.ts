import type { Nodes, Parents, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { isPlainHeading, listItemLine, type SourceLine } from '../blocks';
import type { SourceBlock, SourceBlockKind, SourceDocument } from '../document/source-document';
import { findReferenceList } from '../reference-list';
import { rowText } from '../structure-lines';
import { digitsToSuperscript } from '../superscript-markers';
import { isTooDenseForMarkdown } from './markdown-guard';
import { footnotesAsReferences } from './markdown-note-references';
import {
  codeMark,
  footnoteId,
  noteReferenceMark,
  PRIVATE_MARKS,
  withInlineNotes,
  withInlineNotesCut,
  withMarkedSpans,
  withNotesCut,
} from './markdown-notes';
import { findPandocTables, mayHoldPandocTables, type PandocTable } from './pandoc-tables';
import { readPlainText } from './plain-text';

/**
 * Markdown read by a real parser (micromark with GitHub's extensions): headings, paragraphs, list
 * items, tables (a header row and body rows, cells joined by " | "), footnote definitions as
 * notes; code is no prose and is skipped; emphasis, links and images are flattened to their text.
 * Callouts stay in the text for the marker grammar ("[1]", a footnote reference as "[^1]").
 *
 * The reference list is found on the source lines by the same finder as plain text
 * (lib/ingest/reference-list.ts: a References/Bibliography/Notes heading, or a trailing run of
 * "[n] ..." entries), so both readers agree on it; what lies on its lines is not body text.
 * Like the plain-text reader, a one-line paragraph that reads as a heading is one, and a "•"
 * line pasted from a word processor is a list item. With no such list, footnotes that mostly hold
 * works are the list (markdown-note-references.ts, docs/decisions/036-markdown-footnote-references.md).
 */

/** A link whose text is only a citation's digits ("[1](#ref1)") is the callout "[1]". */
const CALLOUT_TEXT = /^\^?\d{1,4}(?:\s*[,–—-]\s*\d{1,4})*$/;

/**
 * The text of an inline subtree, soft line breaks kept as "\n". Iterative: a hostile document
 * nests emphasis or links thousands deep, which a recursive walk would overflow on.
 */
function inlineText(root: Nodes): string {
  const out: string[] = [];
  const stack: (Nodes | string)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes | string;
    if (typeof node === 'string') {
      out.push(node);
      continue;
    }
    switch (node.type) {
      case 'text':
        // Pandoc's superscript, "memory.^1^": marked as a raw <sup> is (withSuperscripts).
        out.push(
          node.value.replace(PRIVATE_MARKS, '').replace(CARET_SUPERSCRIPT, `${SUP_OPEN}$1${SUP_CLOSE}`),
        );
        break;
      case 'inlineCode':
        // Marked so that the block can say where its code is (withMarkedSpans): no callout is read there.
        out.push(/[[(^]/.test(node.value) ? codeMark(node.value) : node.value);
        break;
      case 'break':
        out.push('\n');
        break;
      case 'image':
        out.push(node.alt ?? '');
        break;
      case 'footnoteReference':
        out.push(noteReferenceMark(node.identifier, node.label ?? node.identifier));
        break;
      case 'link':
      case 'linkReference': {
        const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        // "[1](#ref1)" and "[1]" with a "[1]: url" definition are callouts: keep their brackets.
        const callout = CALLOUT_TEXT.test(text) && (node.type === 'link' || node.referenceType !== 'full');
        stack.push(...(callout ? [`[${text}]`] : [...node.children].reverse()));
        break;
      }
      case 'html':
        if (SUP_TAG.test(node.value)) out.push(SUP_OPEN);
        else if (SUP_END_TAG.test(node.value)) out.push(SUP_CLOSE);
        break; // other inline markup is no prose
      case 'code':
        break; // code is no prose
      default:
        if ('children' in node) stack.push(...[...(node as Parents).children].reverse());
    }
  }
  return withSuperscripts(out.join(''));
}

/** Marks around a superscript while a block's text is built (a raw `<sup>`, Pandoc's `^…^`). */
const SUP_OPEN = '\uE002';
const SUP_CLOSE = '\uE003';
const SUP_TAG = /^<sup(?:\s[^<>]{0,200})?>$/i;
const SUP_END_TAG = /^<\/sup\s?>$/i;
const CARET_SUPERSCRIPT = /\^([\d,–-]{1,20})\^/g;
const MARKED_SUPERSCRIPT = /\uE002([^\uE002\uE003]{0,40})\uE003/g;

/**
 * A superscript of citation numbers written with markup ("memory.<sup>1</sup>", "memory.^2,3^")
 * as Unicode superscripts, which the marker grammar reads by its own rules (a power such as
 * "m<sup>2</sup>" stays one); any other superscript as its text.
 */
function withSuperscripts(text: string): string {
  if (!text.includes(SUP_OPEN)) return text;
  return text
    .replace(MARKED_SUPERSCRIPT, (_, inner: string) => {
      const compact = inner.replace(/\s+/g, '');
      return /^\d{1,4}(?:[-–,]\d{1,4}){0,20}$/.test(compact) ? digitsToSuperscript(compact) : inner;
    })
    .replace(/[\uE002\uE003]/g, '');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const startLine = (node: Nodes) => node.position?.start.line ?? 1;

/**
 * A paragraph's lines: plain paragraphs, or list items Markdown does not see ("• item", or
 * "2) item" right under a line of text). A one-line paragraph that reads as a heading is one.
 */
function paragraphBlocks(text: string, line: number, kind: SourceBlockKind): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let current: SourceBlock | null = null;
  text.split('\n').forEach((raw, i) => {
    const item = listItemLine(raw);
    if (item) {
      current = { kind: item.type, text: item.text, line: line + i };
      blocks.push(current);
    } else if (current) {
      current.text += ` ${raw}`;
    } else {
      current = { kind, text: raw, line: line + i };
      blocks.push(current);
    }
  });
  const kept = blocks.map((b) => ({ ...b, text: oneLine(b.text) })).filter((b) => b.text !== '');
  const only = kept[0];
  if (kept.length === 1 && only?.kind === 'paragraph' && !text.includes('\n') && isPlainHeading(only.text)) {
    return [{ kind: 'heading', text: only.text, line: only.line, level: 2 }];
  }
  return kept;
}

function tableBlocks(table: Table): SourceBlock[] {
  return table.children.map((row, i) => ({
    kind: i === 0 ? 'table-header' : 'table-row',
    text: row.children.map((cell) => oneLine(inlineText(cell))).join(' | '),
    line: startLine(row),
  }));
}

/** Pandoc's attributes after a heading, "## Mcmc Argument {#mcmcarg}", "# Results {.tabset}", "{-}": no title. */
const HEADING_ATTRIBUTES = / \{[#.-][^{}]{0,200}\}$/;

interface Frame {
  node: RootContent;
  /** The kind a paragraph in it takes: a list item's, or 'note' inside a footnote definition. */
  kind: SourceBlockKind;
  /** Inside a footnote definition: the note's id, which its blocks carry. */
  noteId?: string;
}

/** The body's blocks in document order, skipping the nodes that start on the reference list's lines. */
function bodyBlocks(children: RootContent[], skip: (line: number) => boolean): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const stack: Frame[] = children
    .filter((node) => !skip(startLine(node)))
    .reverse()
    .map((node) => ({ node, kind: 'paragraph' }));
  while (stack.length > 0) {
    const { node, kind, noteId } = stack.pop() as Frame;
    const push = (nodes: RootContent[], as: (child: RootContent) => SourceBlockKind, id = noteId) =>
      stack.push(
        ...nodes.map((child) => ({ node: child, kind: as(child), ...(id ? { noteId: id } : {}) })).reverse(),
      );
    switch (node.type) {
      case 'heading': {
        const text = oneLine(inlineText(node)).replace(HEADING_ATTRIBUTES, '');
        if (text) blocks.push({ kind: 'heading', text, line: startLine(node), level: node.depth });
        break;
      }
      case 'paragraph':
        if (kind === 'paragraph') blocks.push(...paragraphBlocks(inlineText(node), startLine(node), kind));
        else {
          const text = oneLine(inlineText(node));
          if (text) blocks.push({ kind, text, line: startLine(node), ...(noteId ? { noteId } : {}) });
        }
        break;
      case 'table':
        blocks.push(...tableBlocks(node));
        break;
      case 'list': {
        const item: SourceBlockKind = node.ordered ? 'numbered' : 'bullet';
        push(node.children, () => (kind === 'note' ? 'note' : item));
        break;
      }
      case 'listItem':
        // Each paragraph of an item is a block of the item's kind; a nested list has its own.
        push(node.children, (child) => (child.type === 'paragraph' ? kind : 'paragraph'));
        break;
      case 'footnoteDefinition':
        push(node.children, () => 'note', footnoteId(node.identifier));
        break;
      case 'blockquote':
        push(node.children, () => kind);
        break;
      default:
        break; // code, HTML, definitions, thematic breaks: no prose
    }
  }
  return blocks;
}

/** An anchor for links to point at, opening a line: `<a name="LLL82">`, `<a id="ref-1"></a>`. */
const LEADING_ANCHOR = /^(\s*)<a\s+(?:name|id)=["'][^"'<>]{1,100}["']\s*\/?>(?:\s*<\/a>)?/i;
/** The anchor's end after the label it wraps: `[LLL82]</a>`, or as typed, `[A02]<a/>`. */
const ANCHOR_END_AFTER_LABEL = /^(\[[^\]\s]{1,24}\])\s?<(?:\/a|a\s?\/)>/i;

/** An entry's label as a link to the work, opening a line: `[[1]](https://dl.acm.org/…)`. */
const LINKED_LABEL = /^(\s*)\[(\[[^[\]\s]{1,24}\])\]\([^()\s]{1,500}\)/;

/**
 * A line without the anchor an entry opens with (`<a name="LLL82">[LLL82]</a> A. K. Lenstra, …`),
 * which renders as nothing: the list is found by what the reader sees, "[LLL82] A. K. Lenstra, …";
 * and without the link a label is written as (`[[1]](https://…)`), which shows as "[1]".
 */
function withoutLabelAnchor(line: string): string {
  const linked = LINKED_LABEL.exec(line);
  if (linked) return `${linked[1]}${linked[2]}${line.slice(linked[0].length)}`;
  const anchor = LEADING_ANCHOR.exec(line);
  if (!anchor) return line;
  const rest = line.slice(anchor[0].length);
  return `${anchor[1]}${rest.replace(ANCHOR_END_AFTER_LABEL, '$1')}`;
}

/**
 * A label alone on its line with the entry's text indented below it (`[[1]](https://…)` then
 * `    A. Keep and R. K. Dybvig. …`, which Markdown shows as one paragraph): the label is set
 * before that text, so the entry opens as the others do; the line below is left empty.
 */
function withLabelsAlone(lines: SourceLine[]): SourceLine[] {
  const out = lines.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const label = (out[i] as SourceLine).text.trim();
    const next = (out[i + 1] as SourceLine).text;
    if (!/^\[\d{1,4}\]$/.test(label) || !/^\s{2,}\S/.test(next)) continue;
    out[i] = { ...(out[i] as SourceLine), text: `${label} ${next.trim()}` };
    out[i + 1] = { ...(out[i + 1] as SourceLine), text: '' };
  }
  return out;
}

export function readMarkdown(text: string): SourceDocument {
  if (isTooDenseForMarkdown(text)) return { ...readPlainText(text), format: 'markdown' };
  const source = text.replace(/\r\n?/g, '\n');
  const lines: SourceLine[] = source.split('\n').map((line, i) => ({ text: line, number: i + 1 }));
  const list = findReferenceList(
    withLabelsAlone(lines.map((l) => ({ ...l, text: withoutLabelAnchor(l.text) }))),
  );
  // The list's lines, 1-based: [start + 1, end].
  const skip = (line: number) => list !== null && line > list.start && line <= list.end;
  // The list's lines are not body text: blanked (lines kept, so positions stay), the parser does
  // not tokenize them. A long list is a large share of an article's bytes.
  const body = list === null ? source : lines.map((l) => (skip(l.number) ? '' : l.text)).join('\n');
  const { tree, tables } = parsedWithPandocTables(body, skip);
  const marked = withTableBlocks(bodyBlocks(tree.children, skip), tables).map(withMarkedSpans);
  const fromNotes = list === null ? footnotesAsReferences(withEachInlineNote(marked, withInlineNotes)) : null;
  const blocks =
    fromNotes?.blocks.map((b) => withNotesCut(b, (note) => note.startsWith(INLINE_NOTE_PREFIX))) ??
    // Under a list of the document's own, "[^12]" calls out its entry 12 (the notes are that
    // list); with none, the notes are remarks and their references stay the notes' callouts.
    withEachInlineNote(list === null ? marked : marked.map(withoutNoteCallouts), withInlineNotesCut);
  // The front matter's title names the document; its first "#" heading is then a section of it.
  const named = frontMatterTitle(tree.children[0]);
  const first = blocks[0];
  const titled = named === null && first?.kind === 'heading' && first.level === 1;
  return {
    format: 'markdown',
    title: named ?? (titled ? first.text : null),
    blocks: titled ? blocks.slice(1) : blocks,
    references: list
      ? withoutLinkDefinitions(list.entries).map(({ number, raw, line }) => ({ number, raw, line }))
      : (fromNotes?.references ?? null),
    referencesHeading: list?.heading ?? null,
  };
}

// YAML or TOML front matter (an R Markdown vignette's "---\ntitle: …\noutput: …\n---") is no
// prose: without the extension its closing "---" made it a heading.
const parse = (markdown: string): Root =>
  fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(FRONT_MATTER)],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(FRONT_MATTER)],
  });

/**
 * The parse tree, and the Pandoc tables (pandoc-tables.ts) found outside code, HTML and the
 * reference list, whose lines are blanked before the parse that counts (lines kept, so positions
 * stay). Only a document with a line that could open such a table is parsed twice.
 */
function parsedWithPandocTables(
  body: string,
  skip: (line: number) => boolean,
): { tree: Root; tables: PandocTable[] } {
  const tree = parse(body);
  const lines = body.split('\n');
  if (!mayHoldPandocTables(lines)) return { tree, tables: [] };
  const notText = new Set<number>();
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    // Indented code is left out of this: a right-aligned column's cells are indented like it.
    const fenced = node.type === 'code' && /^\s*(?:```|~~~)/.test(lines[startLine(node) - 1] ?? '');
    if ((fenced || node.type === 'html' || node.type === 'yaml') && node.position) {
      for (let n = node.position.start.line; n <= node.position.end.line; n++) notText.add(n);
    } else if ('children' in node) for (const child of (node as Parents).children) stack.push(child);
  }
  const tables = findPandocTables(lines, (line) => skip(line) || notText.has(line));
  if (tables.length === 0) return { tree, tables };
  const inTable = new Uint8Array(lines.length + 2);
  for (const t of tables) inTable.fill(1, t.start, t.end + 1);
  return { tree: parse(lines.map((line, i) => (inTable[i + 1] ? '' : line)).join('\n')), tables };
}

/** A table cell's or caption's Markdown as text (code, emphasis and links as elsewhere). */
const inlineMarkdown = (markdown: string): string => oneLine(inlineText(parse(markdown)));

/** The body's blocks with each Pandoc table's caption and rows in their place, by line. */
function withTableBlocks(blocks: SourceBlock[], tables: PandocTable[]): SourceBlock[] {
  if (tables.length === 0) return blocks;
  const tableBlocks: SourceBlock[] = tables.flatMap((table) => {
    const rows: SourceBlock[] = table.rows
      .map(
        (r): SourceBlock => ({
          kind: r.header ? 'table-header' : 'table-row',
          text: rowText(r.cells.map(inlineMarkdown)),
          line: r.line,
        }),
      )
      .filter((b) => b.text !== '');
    const caption = table.caption ? inlineMarkdown(table.caption.text) : '';
    if (!table.caption || caption === '') return rows;
    // A caption names the table as its header row does: no claim, unless it cites.
    const captionBlock: SourceBlock = { kind: 'table-header', text: caption, line: table.caption.line };
    return table.caption.line < (table.rows[0]?.line ?? 0)
      ? [captionBlock, ...rows]
      : [...rows, captionBlock];
  });
  const merged: SourceBlock[] = [];
  let t = 0;
  for (const block of blocks) {
    while (t < tableBlocks.length && (tableBlocks[t] as SourceBlock).line < block.line)
      merged.push(tableBlocks[t++] as SourceBlock);
    merged.push(block);
  }
  return [...merged, ...tableBlocks.slice(t)];
}

/**
 * A link definition, "[1]: https://www.imgt.org/ "Alamyar et al. (2010)"", which Markdown shows
 * nowhere: under a list of written entries it is the target of a "[1]" link, not an entry.
 */
const LINK_DEFINITION =
  /^\s{0,3}\[[^\]\n]{1,100}\]:\s*<?[^\s<>]+>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*$/;

function withoutLinkDefinitions<T extends { raw: string }>(entries: T[]): T[] {
  const written = entries.filter((e) => !LINK_DEFINITION.test(e.raw));
  // A list of definitions alone is all the list there is: kept as it was read.
  return written.length > 0 ? written : entries;
}

const FRONT_MATTER: ('yaml' | 'toml')[] = ['yaml', 'toml'];

/** The ids Pandoc's inline notes are given, numbered through the document. */
const INLINE_NOTE_PREFIX = 'inline:';

/** A one-line "title:" of the front matter ("title: "bayesm Overview""), its quotes dropped. */
function frontMatterTitle(node: RootContent | undefined): string | null {
  if (!node || (node.type !== 'yaml' && (node.type as string) !== 'toml') || !('value' in node)) return null;
  const line = /^title\s*[:=]\s*(.{1,300})$/m.exec(String(node.value))?.[1]?.trim() ?? '';
  const title = line.replace(/^(["'])(.*)\1$/, '$2').trim();
  return title === '' || title.startsWith('|') || title.startsWith('>') ? null : title;
}

/**
 * Every block read with its Pandoc inline notes ("^[…]") by `read` (withInlineNotes keeps them in
 * the text, withInlineNotesCut cuts them out), the notes numbered through the document.
 */
function withEachInlineNote(
  blocks: SourceBlock[],
  read: (block: SourceBlock, nextId: () => string) => SourceBlock[],
): SourceBlock[] {
  let count = 0;
  const nextId = () => `${INLINE_NOTE_PREFIX}${++count}`;
  return blocks.flatMap((block) => read(block, nextId));
}

/**
 * Footnotes that are not the reference list: their references read by the marker grammar as
 * written ("[^4]" cites entry 4), their definitions notes of no id.
 */
function withoutNoteCallouts(block: SourceBlock): SourceBlock {
  const { notes: _notes, noteId: _noteId, ...rest } = block;
  return rest;
}
