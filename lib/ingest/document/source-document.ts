/**
 * What every reader (plain text, Markdown, HTML, Word, JATS) makes of an article, and all that the
 * rest of the pipeline sees of it: blocks of text with a kind, the citation callouts inside them,
 * and the reference list. Everything after this point (sentences, claims, the audit, the graph)
 * is blind to the format the article came in (docs/decisions/014-readers.md).
 *
 * Plain data, so a reader's output can be printed, compared in tests and sent between threads.
 */

export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'jats';

/** Every format a reader exists for, in the order the refusal message lists them. */
export const SOURCE_FORMATS: readonly SourceFormat[] = ['text', 'markdown', 'html', 'docx', 'jats'];

export type SourceBlockKind =
  | 'heading'
  | 'paragraph'
  | 'bullet' // an item of an unordered list
  | 'numbered' // an item of an ordered list
  | 'table-row' // a body row of a table: its cells joined by " | "
  | 'table-header' // a header row: no claim, unless it cites
  | 'note'; // a footnote or endnote definition: never a claim

/**
 * A citation callout as the format marks it: a JATS `<xref ref-type="bibr">`, an HTML link to a
 * reference anchor, a Word citation field. Offsets are into the block's text. `targets` are
 * reference numbers (for an author–date list, an entry's 1-based position). A reader that cannot
 * see callouts leaves `citations` out and the callouts are found in the text by the marker
 * grammar (lib/ingest/markers.ts).
 */
export interface SourceCitation {
  start: number;
  end: number;
  targets: number[];
}

/**
 * A footnote or endnote reference (Word's superscript "1" that opens a note): a callout of the
 * note, not of the reference list. It keeps with its sentence as any callout does, and cites what
 * its note cites. `note` is the id of the note block it opens.
 */
export interface SourceNoteCallout {
  start: number;
  end: number;
  note: string;
}

export interface SourceBlock {
  kind: SourceBlockKind;
  /** The block's text on one line, as a reader would read it: markup removed, callouts kept. */
  text: string;
  /** 1-based line of the source where the block starts (for a binary format: its block number). */
  line: number;
  /** Heading level, 1-6. */
  level?: number;
  /** Callouts the format marks exactly; absent when they are to be found in the text. */
  citations?: SourceCitation[];
  /** References to notes in the text. */
  notes?: SourceNoteCallout[];
  /** A note block's id, which note callouts name. */
  noteId?: string;
  /** Code in the text (Markdown's `theta[1]`): no callout is read inside these spans. */
  code?: { start: number; end: number }[];
}

/** Reference fields a format states exactly (JATS tags, a citation field's CSL data). */
export interface SourceReferenceFields {
  authors?: { family: string; given: string | null }[];
  year?: number | null;
  /** The letter a list prints after the year to tell two works apart: "2004a" → "a". */
  yearSuffix?: string | null;
  title?: string | null;
  container?: string | null;
  volume?: string | null;
  issue?: string | null;
  pages?: string | null;
  doi?: string | null;
  pmid?: string | null;
  url?: string | null;
}

export interface SourceReference {
  /** The number a callout uses for it: its label, or its 1-based position in the list. */
  number: number;
  /** The entry as written, one line. */
  raw: string;
  /** 1-based line of the source where the entry starts. */
  line: number;
  /** 1-based column where it starts, when the reader found it (several entries share a line). */
  column?: number;
  /** Fields the format gives exactly; the entry parser reads `raw` for the rest. */
  fields?: SourceReferenceFields;
  /**
   * Numbered by the text, not by itself: a work written out under no heading after the text
   * that cites it "(1)" or "[1]" by place (unheaded-entries.ts), or an item of an HTML <ol>,
   * which shows its number though its text has none. The list counts as numbered.
   */
  numberedByText?: boolean;
}

export interface SourceDocument {
  format: SourceFormat;
  /** The article's own title when the format states it (a JATS article-title, an HTML <h1>). */
  title: string | null;
  blocks: SourceBlock[];
  /** null: the article has no reference list. */
  references: SourceReference[] | null;
  /** The list's heading as written ("References"), for messages. */
  referencesHeading: string | null;
  /**
   * The source's lines, for a text format whose `line` numbers count them: claims and entries are
   * then located on them (lib/ingest/source-positions.ts). Absent for a binary format.
   */
  sourceLines?: readonly string[];
}

/** Whether a span of a block's text overlaps its code (SourceBlock.code), where no callout is read. */
export function inCode(block: Pick<SourceBlock, 'code'>, span: { start: number; end: number }): boolean {
  return block.code?.some((c) => span.start < c.end && c.start < span.end) ?? false;
}

/** Whether a span of the block's text overlaps one of its note references ("[^1]" of a remark). */
export function inNoteReference(
  block: Pick<SourceBlock, 'notes'>,
  span: { start: number; end: number },
): boolean {
  return block.notes?.some((n) => span.start < n.end && n.start < span.end) ?? false;
}
