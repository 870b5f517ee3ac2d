import type { SourceFormat } from './document/source-document';

/**
 * The plain graph document that the parser produces from an article's text and that the loader
 * writes to Neo4j. It is the one contract between lib/ingest, lib/audit and lib/neo4j: plain data,
 * no classes, so it can be printed as JSON, compared in tests and sent between processes.
 *
 * Ids are stable across runs: article-scoped things (sections, claims, unlisted works) carry the
 * article slug; works, authors, venues and concepts carry identities derived from their content so
 * that two articles citing the same work meet at one node (docs/decisions/002-identities.md).
 */

/** What a sentence is, for the purpose of "does it need evidence?". */
export type ClaimKind =
  | 'assertion' // states something about the world: needs evidence
  | 'advice' // tells the reader what to do ("Lead with compassion.")
  | 'question' // "Does he avoid...?": needs no evidence
  | 'other'; // framing or transitional text that asserts nothing ("Here are some telltale signs:")

/** The block a sentence was found in, so a reader view can lay the article out again. */
export type BlockKind = 'paragraph' | 'bullet' | 'numbered' | 'table-row';

export interface MarkerRecord {
  /** The marker as written, e.g. "[4-6]" or "[1, 2]" or "[1]–[3]". */
  raw: string;
  /** Every number it names, ranges expanded, in written order, without duplicates. */
  numbers: number[];
  /** Offsets of the marker in the claim's text (start inclusive, end exclusive). */
  start: number;
  end: number;
}

export interface SectionRecord {
  id: string; // `${slug}/s${order}`
  title: string; // the heading; the lead before the first heading is titled "Introduction"
  order: number; // 0-based
}

export interface ClaimRecord {
  id: string; // `${slug}/c${order}`
  sectionId: string;
  /** The sentence as written, markers included; `markers` gives their positions. */
  text: string;
  kind: ClaimKind;
  order: number; // 0-based, across the whole article
  paragraph: number; // 0-based index of the block (paragraph or list item) across the article
  block: BlockKind;
  markers: MarkerRecord[];
  /** Distinct numbers named by all markers, ascending. */
  cites: number[];
  /**
   * Where the sentence starts in the source file, 1-based, so a CI annotation can point at it.
   * Only for text formats: a binary format (Word) has no lines, and its claims have neither.
   * `column` (UTF-16 code units) is absent where the sentence could not be found on the line.
   */
  line?: number;
  column?: number;
}

export type WorkKind = 'article' | 'book' | 'chapter' | 'report' | 'web' | 'unknown';

export interface WorkRecord {
  id: string;
  title: string | null;
  year: number | null;
  kind: WorkKind;
  container: string | null; // journal or book the work appeared in
  volume: string | null;
  issue: string | null;
  pages: string | null;
  publisher: string | null;
  place: string | null;
  doi: string | null;
  /** The reference entry as written; null for a number cited but never listed. */
  raw: string | null;
  authorIds: string[]; // in byline order
  venueId: string | null;
}

export interface AuthorRecord {
  id: string;
  family: string;
  given: string | null; // initials or given names as written, normalised to "R. F."
  display: string; // "Levant, R. F."
}

export interface VenueRecord {
  id: string;
  name: string;
}

export interface ConceptRecord {
  id: string;
  label: string;
  aliases: string[];
  description: string;
  broader: string | null; // id of a broader concept
}

/** One entry of the reference list as written, duplicates included (the audit reports them). */
export interface ReferenceEntryRecord {
  number: number;
  raw: string;
  line: number; // 1-based line in the source text where the entry starts
  /** 1-based column of the entry's text on that line; only for text formats, as a claim's. */
  column?: number;
}

/** One per number that the article cites or lists. */
export interface ReferenceRecord {
  number: number;
  listed: boolean; // false: cited in the text, no entry in the reference list
  workId: string;
}

export interface GraphDocument {
  article: {
    slug: string;
    title: string;
    /** The format the article was read from (its reader); absent on documents made before it was kept. */
    format?: SourceFormat;
  };
  sections: SectionRecord[];
  claims: ClaimRecord[];
  entries: ReferenceEntryRecord[];
  references: ReferenceRecord[];
  works: WorkRecord[];
  authors: AuthorRecord[];
  venues: VenueRecord[];
  concepts: ConceptRecord[];
  mentions: { claimId: string; conceptId: string }[];
  about: { workId: string; conceptId: string }[];
}
