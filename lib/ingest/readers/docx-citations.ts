import type {
  SourceBlock,
  SourceCitation,
  SourceDocument,
  SourceReference,
  SourceReferenceFields,
} from '../document/source-document';
import { parseReferenceEntry } from '../reference-entry';
import { parseEntries } from '../reference-list';
import { withExactCallouts } from './docx-callouts';
import { type CitationField, type CslItem, collapse, type FieldScan } from './docx-fields';

/**
 * Zotero and Mendeley citation fields (docx-fields.ts) put onto the document mammoth read: each
 * field's result becomes an exact callout of the block it is in, its items linked to entries of
 * the reference list.
 *
 * - The list: the bibliography field's paragraphs when the document has one (taken out of the
 *   body if no References heading already took them), else the list under a heading, else, when
 *   there is neither, one entry per cited work built from the fields' CSL data.
 * - An item is matched to an entry by DOI, else by its normalised title, else by its first
 *   author's family name and year when only one entry has both; an item no entry matches is
 *   added to the list from its CSL data, so that the callout still links. A matched entry keeps
 *   the item's CSL data as its stated fields.
 * - A field is placed by its result text (with the text just before it), searched forward from
 *   the last field placed, within SEARCH_WINDOW characters, and all searches together read at
 *   most SEARCH_TOTAL_FACTOR times the document's text: a field that cannot be found is left to
 *   the visible text, and a file of many fields that cannot be found costs linear time.
 */
const SEARCH_WINDOW = 20_000;
const SEARCH_TOTAL_FACTOR = 4;

const normaliseTitle = (title: string) =>
  title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const familyKey = (family: string | undefined, year: number | null | undefined) =>
  family && year ? `${normaliseTitle(family)}|${year}` : null;

/** "Matthew P." -> "M. P.", "Jean-Paul" -> "J.-P." */
const initials = (given: string) =>
  given
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) =>
      w
        .split('-')
        .map((part) => (part === '' ? '' : `${part[0]?.toUpperCase()}.`))
        .join('-'),
    )
    .join(' ');

/** An entry written from CSL data, in an author-date shape the entry parser reads back. */
export function entryFromFields(fields: SourceReferenceFields): string {
  const names = (fields.authors ?? [])
    .slice(0, 20)
    .map((a) => (a.given ? `${a.family}, ${initials(a.given)}` : a.family));
  const authors =
    names.length > 1 ? `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}` : (names[0] ?? '');
  const volume = fields.volume ? `${fields.volume}${fields.issue ? `(${fields.issue})` : ''}` : '';
  const source = [fields.container, volume, fields.pages].filter(Boolean).join(', ');
  const link = fields.doi ? `https://doi.org/${fields.doi}` : (fields.url ?? '');
  return [
    authors ? `${authors}${authors.endsWith('.') ? '' : '.'}` : '',
    `(${fields.year ?? 'n.d.'}).`,
    fields.title ? `${fields.title.replace(/\.$/, '')}.` : '',
    source ? `${source}.` : '',
    link,
  ]
    .filter((part) => part !== '')
    .join(' ');
}

interface Linker {
  references: SourceReference[];
  numberOf(item: CslItem): number;
}

/** Matches items to the entries, adding an entry for an item none matches. */
function linker(references: SourceReference[]): Linker {
  const byDoi = new Map<string, number>();
  const byTitle = new Map<string, number>();
  const byFamilyYear = new Map<string, number | null>();
  const keyed = new Map<string, number>();
  const fieldsOf = new Map<number, SourceReferenceFields>();
  const index = (number: number, doi: string | null, title: string | null, family: string | null) => {
    if (doi && !byDoi.has(doi)) byDoi.set(doi.toLowerCase(), number);
    if (title) {
      const t = normaliseTitle(title);
      if (t.length >= 8 && !byTitle.has(t)) byTitle.set(t, number);
    }
    if (family) byFamilyYear.set(family, byFamilyYear.has(family) ? null : number);
  };
  for (const ref of references) {
    const parsed = parseReferenceEntry(ref.raw);
    index(ref.number, parsed.doi, parsed.title, familyKey(parsed.authors[0]?.family, parsed.year));
  }
  const list = [...references];
  const position = new Map(list.map((r, i) => [r.number, i] as const));
  let next = Math.max(0, ...references.map((r) => r.number)) + 1;
  return {
    references: list,
    numberOf(item) {
      const known = keyed.get(item.key);
      if (known !== undefined) return known;
      const f = item.fields;
      const family = familyKey(f.authors?.[0]?.family, f.year);
      const found =
        (f.doi ? byDoi.get(f.doi.toLowerCase()) : undefined) ??
        (f.title ? byTitle.get(normaliseTitle(f.title)) : undefined) ??
        (family ? (byFamilyYear.get(family) ?? undefined) : undefined);
      let number = found;
      if (number === undefined) {
        number = next++;
        position.set(number, list.length);
        list.push({ number, raw: entryFromFields(f), line: list.length + 1, fields: f });
        index(number, f.doi ?? null, f.title ?? null, family);
      } else if (!fieldsOf.has(number)) {
        fieldsOf.set(number, f);
        const at = position.get(number) ?? -1;
        const ref = list[at];
        if (ref) list[at] = { ...ref, fields: f };
      }
      keyed.set(item.key, number);
      return number;
    },
  };
}

interface Placed {
  block: number;
  citation: SourceCitation;
}

/** Places fields in order in the given blocks, forward only, each search bounded. */
function place(
  fields: CitationField[],
  blocks: SourceBlock[],
  indexes: number[],
  link: Linker,
  total: { left: number },
): Placed[] {
  const placed: Placed[] = [];
  let at = 0; // position in `indexes`
  let offset = 0;
  for (const field of fields) {
    if (total.left <= 0) break;
    const result = field.result;
    const needle = collapse(field.before + result).trimStart();
    let found: { i: number; start: number } | null = null;
    for (const probe of needle === result ? [result] : [needle, result]) {
      let budget = SEARCH_WINDOW + probe.length;
      for (let i = at; i < indexes.length && budget > 0 && !found; i++) {
        const text = (blocks[indexes[i] as number] as SourceBlock).text;
        const from = i === at ? offset : 0;
        const window = text.slice(from, from + budget);
        budget -= window.length;
        total.left -= window.length;
        const hit = window.indexOf(probe);
        if (hit >= 0) found = { i, start: from + hit + probe.length - result.length };
      }
      if (found) break;
    }
    if (!found) continue;
    const targets = [...new Set(field.items.map((item) => link.numberOf(item)))];
    const block = indexes[found.i] as number;
    placed.push({ block, citation: { start: found.start, end: found.start + result.length, targets } });
    at = found.i;
    offset = found.start + result.length;
  }
  return placed;
}

/** The document with its fields' callouts and linked reference list; unchanged when it has neither. */
export function applyCitationFields(
  read: Omit<SourceDocument, 'format'>,
  body: FieldScan,
  notes: FieldScan,
): Omit<SourceDocument, 'format'> {
  const bibliography = body.bibliography ?? notes.bibliography;
  // A bibliography field is the list even when no citation field could be read: its entries are
  // then cited by the markers typed in the text.
  const listed = bibliography !== null && bibliography.length > 0 && read.references === null;
  if (body.citations.length === 0 && notes.citations.length === 0 && !listed) return read;
  let blocks = read.blocks;
  let references = read.references;
  if (bibliography && listed) {
    // No heading took the bibliography: its paragraphs are the last body blocks of its text.
    const entries = new Set(bibliography);
    blocks = blocks.filter((b) => b.kind === 'heading' || b.kind === 'note' || !entries.has(b.text));
    const numbered = parseEntries(
      bibliography.map((text, i) => ({ text, number: i + 1 })),
      0,
      bibliography.length,
    );
    const byNumber = numbered.length === bibliography.length;
    references = bibliography.map((raw, i) => ({
      number: byNumber ? (numbered[i]?.number ?? i + 1) : i + 1,
      raw,
      line: blocks.length + i + 1,
    }));
  }
  const link = linker(references ?? []);
  const bodyIndexes: number[] = [];
  const noteIndexes: number[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'note') noteIndexes.push(i);
    else bodyIndexes.push(i);
  });
  const total = { left: SEARCH_TOTAL_FACTOR * blocks.reduce((sum, b) => sum + b.text.length, 0) + 100_000 };
  const placed = [
    ...place(body.citations, blocks, bodyIndexes, link, total),
    ...place(notes.citations, blocks, noteIndexes, link, total),
  ];
  if (placed.length === 0 && !listed) return read;
  const byBlock = new Map<number, SourceCitation[]>();
  for (const p of placed) {
    const list = byBlock.get(p.block);
    if (list) list.push(p.citation);
    else byBlock.set(p.block, [p.citation]);
  }
  const withCitations = blocks.map((block, i) => {
    const fields = byBlock.get(i);
    return fields ? { ...block, citations: withExactCallouts(block, fields) } : block;
  });
  return {
    ...read,
    blocks: withCitations,
    references: link.references.length > 0 ? link.references : null,
    referencesHeading: read.referencesHeading,
  };
}
