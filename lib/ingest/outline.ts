import { classifyClaim } from './claim-kind';
import { inCode, inNoteReference, type SourceBlock } from './document/source-document';
import type { ClaimRecord, MarkerRecord, SectionRecord } from './graph-document';
import { findMarkers } from './markers';
import { noteCallouts } from './note-callouts';
import { sentenceSpans } from './sentences';
import type { SentenceLocator } from './source-positions';

/**
 * Sections and claims from the body's blocks. Headings open sections; text before the first
 * heading belongs to "Introduction". A paragraph or list item is cut into sentences; a table row
 * is one claim; notes, and header rows that cite nothing, are no claims. Each claim knows its
 * block (index and kind) and its callouts: those the reader marked, or else the bracket markers
 * found in its text, and its references to notes (note-callouts.ts).
 */
export interface Outline {
  sections: SectionRecord[];
  claims: ClaimRecord[];
}

export const LEAD_SECTION_TITLE = 'Introduction';

function headingTitle(text: string): string {
  return text.replace(/:\s*$/, '').trim();
}

/**
 * The block's callouts, as markers with offsets into the block's text: those the reader marked
 * (links, fields, tags) and, beside them, author–date callouts of listed works written as plain
 * text: a writer who links most callouts may type one out ("(R. Sibson, 1973)").
 */
function blockMarkers(block: SourceBlock, finders: Finders): MarkerRecord[] {
  // A note reference ("[^1]" of a remark) is its note's callout (noteCallouts), no citation of a list.
  if (!block.citations)
    return finders.callouts(block.text).filter((m) => !inCode(block, m) && !inNoteReference(block, m));
  const marked = block.citations
    .filter((c) => c.targets.length > 0)
    .map((c) => ({
      raw: block.text.slice(c.start, c.end),
      numbers: [...new Set(c.targets)],
      start: c.start,
      end: c.end,
    }));
  // A typed-out callout that overlaps a marked one, or that a marked one directly follows
  // ("Cock et al. (2009) [7]", the link on the number alone), is the marked one's: its number decides.
  const typed = (finders.typedOut?.(block.text) ?? []).filter(
    (t) =>
      !marked.some(
        (m) =>
          (t.start < m.end && m.start < t.end) ||
          (m.start >= t.end && /^\s*[[(]?$/.test(block.text.slice(t.end, m.start))),
      ),
  );
  return typed.length === 0 ? marked : [...marked, ...typed].sort((a, b) => a.start - b.start);
}

/** Finds the callouts in a block's text when the reader did not mark them (lib/ingest/callouts.ts). */
export type CalloutFinder = (text: string) => MarkerRecord[];

interface Finders {
  callouts: CalloutFinder;
  /** Author–date callouts of listed works in the text of a block whose reader marked its callouts. */
  typedOut?: CalloutFinder;
}

const startsWithName = (raw: string) => /^\p{L}/u.test(raw);

/**
 * Words that point at the work given right after their block: "(see reference)", "See the
 * following reference for details:", "… the R function ks.boot, described in". The block after
 * is then the work, written out or restated from the list. Each is found by a plain expression
 * and a look at what follows it: one expression with an open tail before the end of the text was
 * polynomial on long runs of spaces.
 */
const SEE_REFERENCE = /\((?:see )?(?:the )?references?(?: below)?\)/i;
const FOLLOWING_REFERENCE = /\bsee the following references?\b/i;
const POINTING_END = /\b(?:described|given|published|presented|introduced) in:?$/i;
/** How far "See the following reference" may stand from the block's end: " for details:". */
const MAX_POINTER_TAIL = 40;

function pointerIn(text: string): { index: number; 0: string } | null {
  const see = SEE_REFERENCE.exec(text);
  if (see) return see;
  const end = text.trimEnd();
  const following = FOLLOWING_REFERENCE.exec(end);
  if (following) {
    const tail = end.slice(following.index + following[0].length);
    if (tail.length <= MAX_POINTER_TAIL && !tail.includes('.')) return following;
  }
  return POINTING_END.exec(end);
}

/**
 * A block with no callout of its own that points at the block after it cites what that block
 * cites, when that block cites one work alone: a README's "(see reference)" before its
 * "**Reference:** Flajolet … (2007)", which restates an entry of the list.
 */
function pointerMarkers(
  block: SourceBlock,
  own: readonly MarkerRecord[],
  next: readonly MarkerRecord[] | undefined,
): MarkerRecord[] {
  if (own.length > 0 || next === undefined) return [];
  const works = new Set(next.flatMap((m) => m.numbers));
  if (works.size !== 1) return [];
  const pointer = pointerIn(block.text);
  if (!pointer) return [];
  return [
    { raw: pointer[0], numbers: [...works], start: pointer.index, end: pointer.index + pointer[0].length },
  ];
}

/** Callout spans in order, each starting after the one before ends, as sentenceSpans wants them. */
function disjoint(callouts: { start: number; end: number }[]): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  for (const { start, end } of [...callouts].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (!last || start >= last[1]) spans.push([start, end]);
  }
  return spans;
}

/**
 * With a `locator` (a text source), each claim also gets the line, and where found the column,
 * where its sentence starts in the file.
 */
export function buildOutline(
  slug: string,
  blocks: SourceBlock[],
  locator?: SentenceLocator,
  callouts: CalloutFinder = findMarkers,
  typedOut?: CalloutFinder,
): Outline {
  const finders: Finders = { callouts, ...(typedOut ? { typedOut } : {}) };
  const sections: SectionRecord[] = [];
  const claims: ClaimRecord[] = [];
  const openSection = (title: string) => {
    const order = sections.length;
    const section = { id: `${slug}/s${order}`, title, order };
    sections.push(section);
    return section;
  };
  let section: SectionRecord | null = null;
  let paragraph = 0;
  const notes = noteCallouts(blocks, (block) => blockMarkers(block, finders));
  // Every block's callouts first: a block that points at the next one cites what it cites.
  const found = blocks.map((block) =>
    block.kind === 'heading' || block.kind === 'note'
      ? []
      : [...blockMarkers(block, finders), ...notes.of(block).filter((m) => m.numbers.length > 0)],
  );
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'heading') {
      section = openSection(headingTitle(block.text));
      continue;
    }
    if (block.kind === 'note') continue;
    const referencesToNotes = notes.of(block);
    const own = found[index] ?? [];
    const markers = [...own, ...pointerMarkers(block, own, found[index + 1])].sort(
      (a, b) => a.start - b.start,
    );
    // A row that cites is a claim; header rows are not. A row a writer or a converter marked as a
    // header but that cites a source states something (a table of studies whose every row was
    // marked "repeat as header row"), so it is read as the row it is.
    if (block.kind === 'table-header' && markers.length === 0) continue;
    section ??= openSection(LEAD_SECTION_TITLE);
    const blockKind = block.kind === 'table-header' ? 'table-row' : block.kind;
    const spans =
      blockKind === 'table-row'
        ? [[0, block.text.length] as const]
        : sentenceSpans(
            block.text,
            // A narrative callout ("Smith et al. (2019)") opens its sentence: it is no span that a
            // stop before it hands to the sentence before. A note reference that cites nothing is
            // a span all the same, so that it stays with its sentence.
            disjoint([
              ...markers.filter((m) => !startsWithName(m.raw)),
              ...referencesToNotes.filter((m) => m.numbers.length === 0),
            ]),
            markers.filter((m) => startsWithName(m.raw)).map((m) => [m.start, m.end] as const),
          );
    locator?.block(block.line, blocks[index + 1]?.line ?? Number.MAX_SAFE_INTEGER);
    for (const [start, end] of spans) {
      const text = block.text.slice(start, end);
      const at = locator ? (locator.sentence(text) ?? { line: block.line }) : undefined;
      const own = markers
        .filter((m) => m.start >= start && m.end <= end)
        .map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
      const order = claims.length;
      claims.push({
        id: `${slug}/c${order}`,
        sectionId: section.id,
        text,
        kind: classifyClaim(text, blockKind),
        order,
        paragraph,
        block: blockKind,
        markers: own,
        cites: [...new Set(own.flatMap((m) => m.numbers))].sort((a, b) => a - b),
        ...at,
      });
    }
    paragraph++;
  }
  return { sections, claims };
}
