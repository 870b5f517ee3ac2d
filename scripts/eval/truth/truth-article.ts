import type { TruthFields } from '../fields/field-truth';

/**
 * An article as its publisher marked it: the evaluation's ground truth. Built from JATS, where
 * every callout names its reference exactly, independently of the app's own readers.
 */

export type CitationStyle = 'numeric' | 'author-date';

export type TruthBlockKind =
  | 'heading'
  | 'paragraph'
  | 'bullet'
  | 'numbered'
  | 'table-header'
  | 'table-row'
  | 'caption';

/** A callout as written, with the reference numbers it names (offsets into the block's text). */
export interface TruthCallout {
  start: number;
  end: number;
  targets: number[];
  /**
   * The part the publisher linked, when brackets set outside the link (`[<xref>7</xref>]`) were
   * taken into the callout; absent when the link covers the whole callout.
   */
  link?: { start: number; end: number };
}

export interface TruthBlock {
  kind: TruthBlockKind;
  /** Heading level: 1 for a top-level section. */
  level?: number;
  text: string;
  /** Table rows only: the cells, whose texts joined by " | " make `text`. */
  cells?: string[];
  callouts: TruthCallout[];
}

export interface TruthReference {
  /** The number the article gives it: its label when numeric, else its 1-based position. */
  number: number;
  text: string;
  /** The fields its tags state, for scoring the entry parser; none when it was not tagged. */
  fields?: TruthFields;
}

export interface TruthArticle {
  id: string;
  title: string;
  style: CitationStyle;
  blocks: TruthBlock[];
  references: TruthReference[];
}

/** Blocks a reader should turn into claims: every block but headings and header rows. */
export function citableBlocks(article: TruthArticle): TruthBlock[] {
  return article.blocks.filter((b) => b.kind !== 'heading' && b.kind !== 'table-header');
}

/** The distinct reference numbers a block cites, ascending. */
export function blockCites(block: TruthBlock): number[] {
  return [...new Set(block.callouts.flatMap((c) => c.targets))].sort((a, b) => a - b);
}
