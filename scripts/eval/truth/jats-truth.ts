import { DOMParser } from '@xmldom/xmldom';
import { truthFields } from '../fields/field-truth';
import {
  CDATA_NODE,
  child,
  childElements,
  children,
  descendants,
  ELEMENT_NODE,
  TEXT_NODE,
  textOf,
  type XElement,
  type XNode,
} from './dom';
import { InlineBuilder } from './inline-builder';
import { expandRanges } from './numeric-callouts';
import { referenceText } from './reference-text';
import type { CitationStyle, TruthArticle, TruthBlock, TruthBlockKind } from './truth-article';

/**
 * The truth of one JATS article: its body as blocks (sections' paragraphs, list items, table rows,
 * figure and table captions), each with its callouts as written and the references they name
 * (`<xref ref-type="bibr" rid>` -> `<ref id>`), and its reference list. Front matter and the back
 * matter other than the reference list are left out, as a reader of the article's body would.
 */

/** Elements inside a paragraph that are blocks of their own, not running text. */
const BLOCK_ELEMENTS = new Set(['list', 'table-wrap', 'fig', 'boxed-text', 'disp-quote']);
/** Elements whose text is not prose a claim could come from. */
const SKIPPED = new Set([
  'disp-formula',
  'supplementary-material',
  'media',
  'graphic',
  'inline-graphic',
  'alternatives',
  'object-id',
  'table-wrap-foot',
  'fn',
  'label',
  'fig-group',
]);

export function jatsTruth(xml: string, id: string): TruthArticle {
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
  const article = doc.documentElement;
  if (article?.nodeName !== 'article') throw new Error(`${id}: not a JATS article`);
  const refList = descendants(article, 'ref-list')[0];
  const refs = refList ? descendants(refList, 'ref') : [];
  const style = detectStyle(descendants(article, 'xref').filter(isBibr));
  const numbers = refNumbers(refs, style);
  const walker = new BodyWalker(numbers, style);
  const body = descendants(article, 'body')[0];
  if (body) walker.container(body, 1);
  return {
    id,
    title: textOf(descendants(article, 'article-title')[0]),
    style,
    blocks: walker.blocks,
    references: refs.map((ref) => ({
      number: numbers.get(ref.getAttribute('id') ?? '') ?? 0,
      text: referenceText(ref, style),
      fields: truthFields(ref),
    })),
  };
}

const isBibr = (e: XElement) => e.getAttribute('ref-type') === 'bibr';

/** Author–date when most callouts name a year; numeric otherwise. */
function detectStyle(xrefs: XElement[]): CitationStyle {
  const withYear = xrefs.filter((x) => /\b(1[5-9]|20)\d\d[a-z]?\b/.test(textOf(x))).length;
  return withYear * 2 > xrefs.length ? 'author-date' : 'numeric';
}

/** A reference's number: its numeric label in a numeric list, else its 1-based position. */
function refNumbers(refs: XElement[], style: CitationStyle): Map<string, number> {
  const labels = refs.map((r) => /^\[?(\d+)[.\]]?$/.exec(textOf(child(r, 'label')))?.[1]);
  const useLabels = style === 'numeric' && labels.every((l) => l !== undefined);
  return new Map(refs.map((r, i) => [r.getAttribute('id') ?? '', useLabels ? Number(labels[i]) : i + 1]));
}

class BodyWalker {
  readonly blocks: TruthBlock[] = [];

  constructor(
    private readonly numbers: Map<string, number>,
    private readonly style: CitationStyle,
  ) {}

  /** A body, section or box: its title as a heading, then its blocks in order. */
  container(node: XElement, level: number): void {
    for (const e of childElements(node)) {
      if (e.nodeName === 'title') this.emit('heading', e, level);
      else if (e.nodeName === 'sec') this.container(e, level + 1);
      else this.block(e, level);
    }
  }

  private block(e: XElement, level: number): void {
    switch (e.nodeName) {
      case 'p':
        this.paragraph(e, 'paragraph', level);
        return;
      case 'list':
        this.list(e, level);
        return;
      case 'fig':
      case 'table-wrap':
        this.caption(e);
        if (e.nodeName === 'table-wrap') this.table(e);
        return;
      case 'boxed-text':
      case 'disp-quote':
        this.container(e, level + 1);
        return;
      default:
        return;
    }
  }

  /** A `<p>`'s running text; a list or table inside it ends the text so far and follows it. */
  private paragraph(p: XElement, kind: TruthBlockKind, level: number): void {
    let builder = new InlineBuilder();
    const flush = () => {
      this.push(kind, builder);
      builder = new InlineBuilder();
    };
    for (let n = p.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === ELEMENT_NODE && BLOCK_ELEMENTS.has(n.nodeName)) {
        flush();
        this.block(n as XElement, level);
      } else {
        this.inline(n, builder);
      }
    }
    flush();
  }

  private inline(n: XNode, builder: InlineBuilder): void {
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_NODE) {
      builder.append(n.nodeValue ?? '');
      return;
    }
    if (n.nodeType !== ELEMENT_NODE || SKIPPED.has(n.nodeName)) return;
    const e = n as XElement;
    if (e.nodeName === 'inline-formula') {
      // A formula in running text reads as its symbols, as a copy from the article's page gives
      // them ("n̂(α) ∈ [5, 80]"); a formula given only as an image has none.
      const math = descendants(e, 'mml:math')[0];
      if (math) builder.append(textOf(math).replace(/\s+/g, ''));
      return;
    }
    if (e.nodeName === 'xref' && isBibr(e)) {
      const targets = (e.getAttribute('rid') ?? '')
        .split(/\s+/)
        .map((rid) => this.numbers.get(rid))
        .filter((x): x is number => x !== undefined);
      builder.callout(e.textContent ?? '', targets);
      return;
    }
    for (let c = e.firstChild; c; c = c.nextSibling) this.inline(c, builder);
  }

  private list(list: XElement, level: number): void {
    const kind = list.getAttribute('list-type') === 'order' ? 'numbered' : 'bullet';
    for (const item of children(list, 'list-item')) {
      for (const e of childElements(item)) {
        if (e.nodeName === 'p') this.paragraph(e, kind, level);
        else if (e.nodeName === 'list') this.list(e, level);
      }
    }
  }

  private caption(e: XElement): void {
    const caption = child(e, 'caption');
    if (!caption) return;
    for (const c of childElements(caption)) {
      if (c.nodeName === 'title' || c.nodeName === 'p') this.emit('caption', c, 0);
    }
  }

  private table(wrap: XElement): void {
    for (const table of descendants(wrap, 'table')) {
      for (const row of descendants(table, 'tr')) {
        const header = row.parentNode?.nodeName === 'thead';
        const builder = new InlineBuilder();
        const cells: string[] = [];
        for (const cell of childElements(row)) {
          if (cells.length > 0) builder.append(' | ');
          const start = builder.length;
          const cellBuilder = new InlineBuilder();
          for (let c = cell.firstChild; c; c = c.nextSibling) this.inline(c, cellBuilder);
          const { text, callouts } = cellBuilder.result();
          cells.push(text);
          for (const callout of callouts)
            builder.callouts.push({ ...callout, start: callout.start + start, end: callout.end + start });
          builder.append(text === '' ? ' ' : text);
        }
        if (cells.some((c) => c !== '')) this.push(header ? 'table-header' : 'table-row', builder, cells);
      }
    }
  }

  private emit(kind: TruthBlockKind, e: XElement, level: number): void {
    const builder = new InlineBuilder();
    this.inline(e, builder);
    this.push(kind, builder, undefined, level);
  }

  private push(kind: TruthBlockKind, builder: InlineBuilder, cells?: string[], level?: number): void {
    const { text, callouts } = builder.result();
    if (text === '') return;
    this.blocks.push({
      kind,
      ...(kind === 'heading' ? { level } : {}),
      text,
      ...(cells ? { cells } : {}),
      callouts: this.style === 'numeric' ? expandRanges(text, callouts) : callouts,
    });
  }
}
