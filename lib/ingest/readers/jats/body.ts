import type { SourceBlock, SourceBlockKind, SourceCitation } from '../../document/source-document';
import { BlockText, type PendingCitation } from './block-text';
import type { JatsReferences } from './references';
import { childNamed, childrenNamed, isElement, textOf, type XmlElement, type XmlNode } from './xml-tree';

/**
 * The blocks of a JATS article's abstract, body and floats: section titles as headings (nesting
 * gives the level), paragraphs, list items, table rows, captions, footnotes as notes. Callouts
 * are the `<xref ref-type="bibr">` elements, resolved through the reference list.
 */

/** Elements that interrupt a paragraph: what precedes them and what follows are two blocks. */
const BLOCK_LEVEL = new Set([
  'list',
  'table-wrap',
  'table-wrap-group',
  'fig',
  'fig-group',
  'boxed-text',
  'disp-quote',
  'def-list',
  'fn',
  'statement',
  'supplementary-material',
]);
/** Markup with no prose in it: LaTeX source of a formula, images, identifiers. */
const SILENT = new Set(['tex-math', 'graphic', 'inline-graphic', 'object-id', 'alt-text', 'label']);
/** An en dash, hyphen, em dash or minus alone between two callouts makes them a range. */
const RANGE_DASH = /^\s*[-–—−]\s*$/;

const ORDERED = /^(?:order|alpha-lower|alpha-upper|roman-lower|roman-upper)$/;

export class BodyReader {
  readonly blocks: SourceBlock[] = [];

  constructor(private readonly refs: JatsReferences) {}

  heading(title: string, level: number, line: number): void {
    if (title !== '') this.blocks.push({ kind: 'heading', text: title, line, level: Math.min(level, 6) });
  }

  /** The children of a sectioning element (body, sec, abstract, boxed-text, caption...). */
  container(element: XmlElement, depth: number, note = false): void {
    for (const child of element.children) {
      if (isElement(child)) this.element(child, depth, note);
    }
  }

  private element(element: XmlElement, depth: number, note: boolean): void {
    switch (element.name) {
      case 'sec': {
        const label = textOf(childNamed(element, 'label') ?? '');
        const title = textOf(childNamed(element, 'title') ?? '');
        this.heading([label, title].filter((t) => t !== '').join(' '), depth + 1, element.line);
        this.container(element, depth + 1, note);
        return;
      }
      case 'title':
      case 'label':
        return; // read by their parent
      case 'p':
        this.paragraph(element, depth, note ? 'note' : 'paragraph');
        return;
      case 'list':
        this.list(element, depth, note);
        return;
      case 'table-wrap':
        this.table(element, depth);
        return;
      case 'fig':
      case 'supplementary-material':
      case 'boxed-text':
        this.captioned(element, depth, note);
        return;
      case 'fn':
      case 'fn-group':
      case 'table-wrap-foot':
        this.container(element, depth, true);
        return;
      case 'disp-formula':
      case 'ref-list':
        return; // a formula alone carries no claim; the list is read apart
      default:
        if (!SILENT.has(element.name)) this.container(element, depth, note);
    }
  }

  /** A `<p>`: inline content up to a block-level child, which is read as blocks of its own. */
  private paragraph(p: XmlElement, depth: number, kind: SourceBlockKind): void {
    let text = new BlockText();
    let line = p.line;
    for (const child of p.children) {
      if (isElement(child) && BLOCK_LEVEL.has(child.name)) {
        this.push(kind, text, line);
        this.element(child, depth, kind === 'note');
        text = new BlockText();
        line = child.line;
      } else this.inline(child, text);
    }
    this.push(kind, text, line);
  }

  private list(list: XmlElement, depth: number, note: boolean): void {
    const kind: SourceBlockKind = note
      ? 'note'
      : ORDERED.test(list.attributes['list-type'] ?? '')
        ? 'numbered'
        : 'bullet';
    for (const item of childrenNamed(list, 'list-item')) {
      const text = new BlockText();
      const nested: XmlElement[] = [];
      for (const child of item.children) {
        if (isElement(child) && child.name === 'p') {
          for (const part of child.children) {
            if (isElement(part) && BLOCK_LEVEL.has(part.name)) nested.push(part);
            else this.inline(part, text);
          }
          text.append(' ');
        } else if (isElement(child) && child.name !== 'label') nested.push(child);
      }
      this.push(kind, text, item.line);
      for (const child of nested) this.element(child, depth, note);
    }
  }

  /** A figure, box or supplement: "Figure 1. Its title." and the caption's paragraphs. */
  private captioned(element: XmlElement, depth: number, note: boolean): void {
    this.caption(element, depth, note);
    for (const child of element.children) {
      if (isElement(child) && child.name !== 'caption') this.element(child, depth, note);
    }
  }

  private caption(element: XmlElement, depth: number, note: boolean): void {
    const label = textOf(childNamed(element, 'label') ?? '');
    const caption = childNamed(element, 'caption');
    const title = caption ? childNamed(caption, 'title') : undefined;
    if (label !== '' || title) {
      const text = new BlockText();
      if (label !== '') text.append(/[.:]$/.test(label) ? `${label} ` : `${label}. `);
      if (title) this.inline(title, text);
      this.push(note ? 'note' : 'paragraph', text, (title ?? element).line);
    }
    if (caption) this.container(caption, depth, note);
  }

  /** A table: its caption, one block per row (cells joined by " | "), its foot as notes. */
  private table(wrap: XmlElement, depth: number): void {
    this.caption(wrap, depth, false);
    for (const child of wrap.children) {
      if (!isElement(child)) continue;
      if (child.name === 'table') this.rows(child, false);
      else if (child.name === 'alternatives') {
        const table = childNamed(child, 'table');
        if (table) this.rows(table, false);
      } else if (child.name === 'table-wrap-foot') this.container(child, depth, true);
    }
  }

  private rows(element: XmlElement, header: boolean): void {
    for (const child of element.children) {
      if (!isElement(child)) continue;
      if (child.name !== 'tr') {
        this.rows(child, header || child.name === 'thead');
        continue;
      }
      const cells = child.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th');
      const text = new BlockText();
      cells.forEach((cell, i) => {
        if (i > 0) text.append(' | ');
        this.inline(cell, text);
      });
      const isHeader = header || (cells.length > 0 && cells.every((c) => c.name === 'th'));
      this.push(isHeader ? 'table-header' : 'table-row', text, child.line);
    }
  }

  /** Inline content: text, callouts, formulas (their text, not their markup). */
  private inline(node: XmlNode, text: BlockText): void {
    if (typeof node === 'string') {
      text.append(node);
      return;
    }
    if (SILENT.has(node.name)) return;
    if (node.name === 'alternatives') {
      const chosen = node.children.filter(isElement).find((c) => !SILENT.has(c.name));
      if (chosen) this.inline(chosen, text);
      return;
    }
    if (node.name === 'xref' && node.attributes['ref-type'] === 'bibr') {
      const start = text.length;
      for (const child of node.children) this.inline(child, text);
      const indices = (node.attributes.rid ?? '')
        .split(/\s+/)
        .map((id) => this.refs.indexById.get(id))
        .filter((i): i is number => i !== undefined);
      text.citations.push({ start, end: text.length, indices });
      return;
    }
    for (const child of node.children) this.inline(child, text);
  }

  private push(kind: SourceBlockKind, text: BlockText, line: number): void {
    if (text.isEmpty) return;
    const finished = text.finish();
    const citations = this.resolve(finished.text, finished.citations);
    this.blocks.push({ kind, text: finished.text, line, ...(citations.length > 0 ? { citations } : {}) });
  }

  /** Reference numbers for each callout; "[1]–[3]" written as two callouts names 1 to 3. */
  private resolve(text: string, pending: PendingCitation[]): SourceCitation[] {
    const numberAt = (i: number) => this.refs.references[i]?.number ?? 0;
    return pending
      .map((citation, k) => {
        const previous = pending[k - 1];
        const between: number[] = [];
        const from = previous ? Math.max(...previous.indices) : -1;
        const to = Math.min(...citation.indices);
        if (
          previous &&
          previous.indices.length > 0 &&
          RANGE_DASH.test(text.slice(previous.end, citation.start))
        ) {
          for (let i = from + 1; i < to; i++) between.push(i);
        }
        const targets = [...between, ...citation.indices].map(numberAt);
        return { start: citation.start, end: citation.end, targets };
      })
      .filter((c) => c.targets.length > 0);
  }
}
