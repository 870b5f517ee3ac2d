import { candidates, entryKey } from './author-date/entry-keys';
import { findAuthorDateCallouts } from './author-date/find-callouts';
import type { SourceBlock, SourceDocument } from './document/source-document';
import { findMarkers } from './markers';
import { mostlyReferences, namesWork, referenceLike } from './reference-list';
import { runInEntries } from './run-in-list';

/**
 * Works written out after the text that cites them by number, under no heading, one paragraph
 * each: "… as described in [1] and … in [2]." then "For more information, see" then "Huma Lodhi,
 * … (2002). Text Classification using String Kernels. …" and "F. Kleedorfer, … (2005). …", as
 * Weka's class pages give them, or after "… as specified in (1). … in (2)." Read only when the
 * reader found no list: a run of two or more paragraphs that each read as a reference, right
 * after a paragraph (or it and one line leading in) whose numbers, in brackets or parentheses,
 * are all within the run; the works are numbered by place, and "(1)" is then a callout.
 */
const MIN_RUN = 2;
/** Paragraphs between the citing one and the run: "For more information, see". */
const MAX_LEAD_IN = 1;

/** A paragraph that reads as a work and cites none itself. */
const readsAsEntry = (b: SourceBlock) =>
  b.kind === 'paragraph' &&
  b.citations === undefined &&
  referenceLike(b.text) &&
  citedNumbers(b, 0).length === 0;

/** Runs [start, end) of MIN_RUN or more paragraphs that each read as a work, from the second block on. */
function* entryRuns(blocks: readonly SourceBlock[]): Generator<[number, number]> {
  for (let start = 1; start < blocks.length; start++) {
    let end = start;
    while (end < blocks.length && readsAsEntry(blocks[end] as SourceBlock)) end++;
    if (end - start >= MIN_RUN) yield [start, end];
    start = Math.max(start, end);
  }
}

/** Whether the blocks cite some number in brackets, and only numbers from 1 to `listed`. */
function citeOnlyUpTo(blocks: readonly SourceBlock[], listed: number): boolean {
  const cited = blocks.flatMap((b) => citedNumbers(b, listed));
  return cited.length > 0 && cited.every((n) => n >= 1 && n <= listed);
}

/** The numbers a block cites in brackets ("[1]", "[1, 2]") or, with `parenthesised`, in parentheses ("(1)"). */
function citedNumbers(block: SourceBlock, max: number, parenthesised = false): number[] {
  const markers = findMarkers(block.text, { parenthesised, maxNumber: max });
  return markers.filter((m) => m.raw.startsWith('[') || m.raw.startsWith('(')).flatMap((m) => m.numbers);
}

/** "[1] "Reconstructing Householder vectors …", G. Ballard, …": a paragraph opening with its label. */
const LABELLED_ENTRY = /^\[(\d{1,3})\]\s+(?=\S)/;

/**
 * Labelled entries "[1]", "[2]", … in order, one paragraph each or run together in one ("[1]
 * Schmidl, T.M. and Cox, D.C., … 1997. [2] K.D. Kammeyer, …", as Doxygen joins the lines of a
 * class comment), under no heading, most of them reading as works, while the rest of the text
 * cites only their numbers in brackets: the list LAPACK's Fortran comments end their Purpose
 * section with, or a class page gives in its description before the parameter table that cites
 * it. One entry will do: its label and its reading as a work say what it is. Numbered by their
 * labels.
 */
function labelledRun(source: SourceDocument): SourceDocument | null {
  const { blocks } = source;
  for (let start = 0; start < blocks.length; start++) {
    const entries: { number: number; raw: string; line: number }[] = [];
    let end = start;
    while (end < blocks.length) {
      const b = blocks[end] as SourceBlock;
      const m = b.kind === 'paragraph' ? LABELLED_ENTRY.exec(b.text) : null;
      if (!m || Number(m[1]) !== entries.length + 1) break;
      entries.push(...runInEntries(b.text, entries.length + 1).map((e) => ({ ...e, line: b.line })));
      end++;
    }
    const works = entries.map((e) => e.raw.replace(LABELLED_ENTRY, ''));
    // Most read as works, or every one names a work, bare addresses too ("[1] See https://…").
    if (entries.length === 0 || !(mostlyReferences(works) || works.every(namesWork))) continue;
    const rest = [...blocks.slice(0, start), ...blocks.slice(end)];
    if (!citeOnlyUpTo(rest, entries.length)) {
      start = end;
      continue;
    }
    return { ...source, blocks: rest, references: entries, referencesHeading: null };
  }
  return null;
}

/**
 * Works written out under no heading, one paragraph each, that the rest of the text cites by name
 * and year: Boost's reference pages end a description with "For further details, see" and then
 * "J. R. M. Hosking and J. R. Wallis, Parameter and quantile estimation …, Technometrics, Volume
 * 29, 1987, p. 339-349", cited above as "cf. Hosking and Wallis (1987)". A run of two or more
 * paragraphs that each read as a dated work, at least two of them and at least half of the run
 * named by a callout outside it: a paragraph of prose that happens to read as a reference is not
 * cited by its own byline and year. Numbered by place.
 */
function namedRun(source: SourceDocument): SourceDocument | null {
  const { blocks } = source;
  const callouts = blocks.map((b) => (b.kind === 'heading' ? [] : findAuthorDateCallouts(b.text)));
  if (!callouts.some((found) => found.length > 0)) return null;
  for (const [start, end] of entryRuns(blocks)) {
    const keys = blocks.slice(start, end).map((b, i) => entryKey(i + 1, b.text));
    const dated = keys.filter((k) => k !== null);
    const named = new Set(
      callouts
        .filter((_, at) => at < start || at >= end)
        .flatMap((found) => found.flatMap((c) => c.items.flatMap((item) => candidates(item, dated)))),
    );
    if (dated.length === keys.length && named.size >= MIN_RUN && named.size * 2 >= keys.length) {
      return {
        ...source,
        blocks: [...blocks.slice(0, start), ...blocks.slice(end)],
        references: blocks.slice(start, end).map((b, i) => ({ number: i + 1, raw: b.text, line: b.line })),
        referencesHeading: null,
      };
    }
  }
  return null;
}

/** Works one to a paragraph after the paragraph that cites them by number (the first kind above). */
function numberedRun(source: SourceDocument): SourceDocument | null {
  const { blocks } = source;
  for (const [start, end] of entryRuns(blocks)) {
    const length = end - start;
    const citing = blocks.slice(Math.max(0, start - 1 - MAX_LEAD_IN), start).some((b) => {
      const numbers = citedNumbers(b, length, true);
      return numbers.length > 0 && numbers.every((n) => n >= 1 && n <= length);
    });
    if (!citing) continue;
    const run = blocks.slice(start, end);
    return {
      ...source,
      blocks: [...blocks.slice(0, start), ...blocks.slice(end)],
      references: run.map((b, i) => ({ number: i + 1, raw: b.text, line: b.line, numberedByText: true })),
      referencesHeading: null,
    };
  }
  return null;
}

/** The longest paragraph read as a note that gives a work: a label and an address, a short remark. */
const MAX_NOTE = 300;

/**
 * Notes that give works printed where they stand, each a paragraph of its own after the one that
 * calls it, numbered through the document: a manual rendered to text gives "FreeNet [1], written
 * by …" and then "[1] http://www.jurjans.lv/stuff/net/FreeNet.htm", chapter after chapter. With
 * no list anywhere, such paragraphs labelled 1, 2, 3 … in order, every one naming a work (an
 * address will do), are the list when the rest of the text cites only their numbers.
 */
function notesWhereTheyStand(source: SourceDocument): SourceDocument | null {
  const notes: { index: number; number: number }[] = [];
  source.blocks.forEach((b, index) => {
    const m = b.kind === 'paragraph' && b.text.length <= MAX_NOTE ? LABELLED_ENTRY.exec(b.text) : null;
    if (m && namesWork(b.text.slice(m[0].length))) notes.push({ index, number: Number(m[1]) });
  });
  if (notes.length < MIN_RUN || !notes.every((n, i) => n.number === i + 1)) return null;
  const taken = new Set(notes.map((n) => n.index));
  const rest = source.blocks.filter((_, i) => !taken.has(i));
  if (!citeOnlyUpTo(rest, notes.length)) return null;
  return {
    ...source,
    blocks: rest,
    references: notes.map(({ index, number }) => {
      const block = source.blocks[index] as SourceBlock;
      return { number, raw: block.text, line: block.line };
    }),
    referencesHeading: null,
  };
}

/** The reader's document with works it found under no heading taken as its list, or as it was. */
export function withUnheadedEntries(source: SourceDocument): SourceDocument {
  if (source.references !== null) return source;
  return (
    labelledRun(source) ?? numberedRun(source) ?? namedRun(source) ?? notesWhereTheyStand(source) ?? source
  );
}
