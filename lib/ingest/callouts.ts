import { alphabeticCalloutFinder, alphabeticLabels } from './alphabetic-labels';
import { findBareMentions } from './author-date/bare-mentions';
import { type CalloutItem, namesNoAuthor } from './author-date/callout-items';
import {
  candidates,
  type EntryKey,
  entryKey,
  isListedFamily,
  undatedEntry,
  undatedEntryKey,
  yearNeighbour,
} from './author-date/entry-keys';
import { findAuthorDateCallouts } from './author-date/find-callouts';
import { isWorkGivenInPlace } from './author-date/work-in-place';
import type { SourceReference } from './document/source-document';
import type { MarkerRecord } from './graph-document';
import { labelledCalloutFinder, letteredLabels } from './lettered-labels';
import { findMarkers, hasBracketMarker, type MarkerContext } from './markers';
import { ENTRY_NUMBER } from './reference-entry';
import { restatedEntry } from './restated-entry';
import { titleCalloutFinder } from './title-callouts';
import { misspeltCoAuthorEntry, swappedPairEntry, transposedFamilyEntry } from './transposed-family';
import { writtenOutWorkFinder } from './written-out-works';
import { YEAR } from './year-pattern';
import { isZeroBased } from './zero-based-list';

/**
 * The callouts of a text that no reader marked, read in the light of the reference list: "(1)" is
 * a marker only when the list is numbered (most of its entries start "1." / "[1]" / "1)"); an
 * unnumbered list is author–date, and "(Smith, 2020)" callouts are linked to its entries by family
 * names, year and suffix, an entry's number being its 1-based position
 * (docs/decisions/024-author-date.md).
 */
export function markerContext(
  references: readonly SourceReference[] | null,
  body: readonly { text: string }[] = [],
): MarkerContext {
  const list = references ?? [];
  const numbered = list.filter((r) => r.numberedByText || ENTRY_NUMBER.test(r.raw)).length;
  const maxNumber = list.reduce((max, r) => Math.max(max, r.number), 0);
  return {
    // One article, one numeric form: where the body writes "[1]", "(1)" is an enumeration, a
    // rating scale "(1–7)" or a table's range, never a callout. A list numbered "1." or "[1]"
    // may still be cited by name and year ("(Breden et al, 2017)"), as a Pandoc or R Markdown
    // list often is: then "(1)" is no callout either.
    parenthesised:
      list.length > 0 &&
      numbered * 2 > list.length &&
      !body.some((b) => hasBracketMarker(b.text)) &&
      !citedByNameAndYear(list, body, maxNumber),
    maxNumber,
    numberedList: list.length > 0 && numbered * 2 > list.length,
    ...(isZeroBased(list) ? { fromZero: true } : {}),
  };
}

/** Whether more callouts of the body name an entry by name and year than "(1)" numbers one. */
function citedByNameAndYear(
  list: readonly SourceReference[],
  body: readonly { text: string }[],
  maxNumber: number,
): boolean {
  let numbered = 0;
  for (const { text } of body) numbered += findMarkers(text, { parenthesised: true, maxNumber }).length;
  return namedCallouts(list, body) > numbered;
}

/** How many callouts of the body name an entry of the list by name and year ("(Logares et al. 2014)"). */
export function namedCallouts(list: readonly SourceReference[], body: readonly { text: string }[]): number {
  const keys = entryKeys(list);
  let named = 0;
  for (const { text } of body) {
    for (const c of findAuthorDateCallouts(text)) {
      named += c.items.filter((item) => candidates(item, keys).length > 0).length;
    }
  }
  return named;
}

/** "———." or "---." in place of a byline: the same authors as the entry before (Chicago, MLA, APA 6). */
const SAME_AUTHORS = /^[—–_-]{2,}\s*[.,]?$/;

export function entryKeys(entries: readonly { number: number; raw: string }[]): EntryKey[] {
  const keys: EntryKey[] = [];
  for (const e of entries) {
    const key = entryKey(e.number, e.raw);
    if (!key) continue;
    const previous = keys[keys.length - 1];
    if (previous && key.byline === '' && SAME_AUTHORS.test(bylineOf(e.raw))) {
      keys.push({ ...key, families: previous.families, byline: previous.byline });
    } else keys.push(key);
  }
  return keys;
}

const WORD_YEAR = new RegExp(String.raw`\b${YEAR}\b`);

/** The text before the entry's first year, as written (nameKey drops the dashes). */
function bylineOf(raw: string): string {
  const year = WORD_YEAR.exec(raw);
  return (year ? raw.slice(0, year.index) : raw).replace(/^\s*(?:\[\d+\]|\d+\.)\s*/, '').trim();
}

const WORD_BEFORE = /[\p{L}\p{N}]/u;
/** What may follow a callout typed against its word: a stop, a comma, the end ("theta[1] mix" is an index). */
const AFTER_GLUED = /^(?:[.,;:!?)]|$)/;
const LOWER = /\p{Ll}/u;
const PART_OF_NAME = /[\p{L}\p{N}_.$]/u;

/**
 * "a geoid[1]:", "the fields[2].": a bracket against a plain lower-case word of three letters or
 * more, then a stop or a comma; "x[1]", "args[1] =", "theta[1] mixes", "theta_1[2]" and
 * "obj.items[1]" are indexes.
 */
function isGluedCallout(text: string, m: MarkerRecord): boolean {
  if (!m.raw.startsWith('[') || !AFTER_GLUED.test(text.slice(m.end, m.end + 1))) return false;
  let start = m.start;
  while (start > 0 && m.start - start < 40 && LOWER.test(text[start - 1] ?? '')) start--;
  return m.start - start >= 3 && !PART_OF_NAME.test(text[start - 1] ?? '');
}

const UNLISTED_BY_CONVENTION = new Set(['in review', 'in preparation']);

/** "Thang et al.": one family name and "et al" as written (a byline of three names or more also sets etAl). */
const writesEtAl = (item: CalloutItem) => item.etAl && item.families.length === 1;

const itemKey = (item: CalloutItem) => `${item.families.join('|')}|${item.etAl}|${item.year}${item.suffix}`;

/**
 * A finder for one article: it numbers callouts that match no entry past the end of the list, in
 * the order they first appear, so it must see the blocks in reading order.
 */
export function calloutFinder(
  references: readonly SourceReference[] | null,
  body: readonly { text: string }[] = [],
): (text: string) => MarkerRecord[] {
  const labels = letteredLabels(references);
  if (labels) return labelledCalloutFinder(labels, references?.length ?? 0);
  const alphabetic = alphabeticLabels(references);
  if (alphabetic) {
    return withNamedWorks(
      alphabeticCalloutFinder(alphabetic, references?.length ?? 0),
      unlabelledCalloutFinder(references, body),
      references ?? [],
    );
  }
  return unlabelledCalloutFinder(references, body);
}

/**
 * Against a list labelled "[Power2012]", "[AM97]", a listed work may also be named by its authors
 * and year in the prose ("since it is used in Power et al. 2012."): such callouts of listed works
 * stand beside the labels. One that names no entry is dropped rather than numbered: the text cites
 * by label, and a name with a year unlisted there is more often a product or an event.
 */
function withNamedWorks(
  byLabel: (text: string) => MarkerRecord[],
  byName: (text: string) => MarkerRecord[],
  references: readonly SourceReference[],
): (text: string) => MarkerRecord[] {
  const listed = new Set(references.map((r) => r.number));
  return (text) => {
    const labelled = byLabel(text);
    const named = byName(text).filter(
      (m) => namesListedWork(m, listed) && !labelled.some((l) => m.start < l.end && l.start < m.end),
    );
    return named.length === 0 ? labelled : [...labelled, ...named].sort((a, b) => a.start - b.start);
  };
}

/** A callout by name and year ("Power et al. 2012"), not a number or label, of listed works only. */
export function namesListedWork(m: MarkerRecord, listed: ReadonlySet<number>): boolean {
  return /\p{L}/u.test(m.raw) && /\d{4}/.test(m.raw) && m.numbers.every((n) => listed.has(n));
}

function unlabelledCalloutFinder(
  references: readonly SourceReference[] | null,
  body: readonly { text: string }[],
): (text: string) => MarkerRecord[] {
  const context = markerContext(references, body);
  const authorDate = (references?.length ?? 0) > 0 && !context.parenthesised;
  if (!authorDate) return (text) => findMarkers(text, context);
  const keys = entryKeys(references ?? []);
  const list = references ?? [];
  let undated: EntryKey[] | undefined;
  const bracketed = body.some((b) => hasBracketMarker(b.text));
  // A list numbered "1." that the text cites by name and year (no "[1]", and "(1)" not read as a
  // callout) is an author–date list in all but its numbering.
  const numberedList =
    list.filter((r) => ENTRY_NUMBER.test(r.raw)).length * 2 > list.length &&
    (bracketed || context.parenthesised);
  let spacedBrackets: boolean | undefined;
  const citesSpacedBrackets = () => {
    spacedBrackets ??= body.some((b) =>
      findMarkers(b.text, context).some(
        (m) => m.raw.startsWith('[') && !WORD_BEFORE.test(b.text[m.start - 1] ?? ''),
      ),
    );
    return spacedBrackets;
  };
  const unlisted = new Map<string, number>();
  const raws = new Map(list.map((r) => [r.number, r.raw]));
  // "of Carpenter (2009)" reads like "in Berlin (2020)", but where the same name and year is
  // called out plainly elsewhere ("Carpenter (2009) updates…", "(…; Carpenter 2009)") it is that work.
  let plainlyCalled: Set<string> | undefined;
  const calledPlainly = (item: CalloutItem) => {
    plainlyCalled ??= new Set(
      body.flatMap((b) =>
        findAuthorDateCallouts(b.text)
          .filter((c) => !c.placeLike)
          .flatMap((c) => c.items.map(itemKey)),
      ),
    );
    return plainlyCalled.has(itemKey(item));
  };
  /** `after`: the text after a callout of one work, where a restated entry writes its title. */
  const numbersOf = (item: CalloutItem, placeLike: boolean, after: string): number[] => {
    const found = candidates(item, keys);
    if (found.length > 0) return found;
    const restated = restatedEntry(item, after, keys, raws);
    if (restated.length > 0) return restated;
    // An entry of those authors that gives no year: the callout's year is not against it.
    undated ??= list.flatMap((r) => undatedEntryKey(r.number, r.raw) ?? []);
    const yearless = undatedEntry(item, undated);
    if (yearless) return [yearless.number];
    // One year off from the one entry of those authors: a slip in the year, linked and reported.
    const neighbour = yearNeighbour(item, keys);
    if (neighbour) return [neighbour.number];
    const misspelt = transposedFamilyEntry(item, keys);
    if (misspelt.length > 0) return misspelt;
    const swapped = swappedPairEntry(item, keys);
    if (swapped.length > 0) return swapped;
    const coAuthor = misspeltCoAuthorEntry(item, keys);
    if (coAuthor.length > 0) return coAuthor;
    // Work under review, in revision or in preparation is, by convention, cited but not listed: it
    // counts only when the list has it.
    if (UNLISTED_BY_CONVENTION.has(item.year) || item.pending) return [];
    // Against a numbered list, "(EpiInfo 2007)" or "(also known as Earth Summit 2012)" that names
    // no entry is a product or an event with its year: the article cites by number. "[Thang et
    // al. 2013]" is a work all the same: "et al" names authors. (A long byline, "Caldwell-Harris,
    // Murphy, …, and McNamara (2011)", is told of in the prose, not cited.)
    if (numberedList && !writesEtAl(item)) return [];
    // "Berlin (2020)" is a place and a year unless a listed author is called Berlin.
    const [family] = item.families;
    if (
      placeLike &&
      item.families.length === 1 &&
      !item.etAl &&
      family &&
      !isListedFamily(family, keys) &&
      !calledPlainly(item)
    )
      return [];
    const key = itemKey(item);
    let n = unlisted.get(key);
    if (n === undefined) {
      n = context.maxNumber + unlisted.size + 1;
      unlisted.set(key, n);
    }
    return [n];
  };
  // Where the article cites by number, a work written out whole is a figure's credit line, not
  // its way of citing; where bylines and years are the callouts, a work written out whole is
  // that callout at its longest.
  const writtenOut = numberedList || bracketed ? () => [] : writtenOutWorkFinder(list);
  const byTitle = numberedList || bracketed ? () => [] : titleCalloutFinder(list);
  return (text) => {
    const authorDate = findAuthorDateCallouts(text);
    // "Wessel and Smith [1996]", as AGU writes a narrative callout: a bracketed year past the end
    // of the list is that callout's year, not a number.
    const yearOfCallout = (m: MarkerRecord) =>
      m.numbers.every((n) => n > context.maxNumber) &&
      authorDate.some((c) => c.start <= m.start && m.end <= c.end);
    // Against an unnumbered list, "theta[1]" written against a word is an index, not a callout;
    // "a geoid[1]:" in a text that cites "[1]" set apart elsewhere is one, typed without its space.
    const numeric = findMarkers(text, context).filter(
      (m) =>
        (numberedList ||
          m.start === 0 ||
          !WORD_BEFORE.test(text[m.start - 1] ?? '') ||
          (citesSpacedBrackets() && isGluedCallout(text, m))) &&
        !yearOfCallout(m),
    );
    const taken = (start: number, end: number) => numeric.some((m) => start < m.end && m.start < end);
    const markers = [...numeric];
    const works = writtenOut(text);
    for (const c of authorDate) {
      if (taken(c.start, c.end)) continue;
      // Inside a work written out whole, a name before a year is part of its byline or venue
      // ("… and Frédéric Meunier (2007)", "Proceedings (1997)"): it counts only where it names
      // an entry as written, and never numbers a work not listed.
      // So too the byline of a work given whole in place, listed or not: "Please cite: Kapli T, …
      // (2016) Multi-rate Poisson tree processes … Bioinformatics 33(11):1630-1638."
      const inWork =
        works.some((w) => c.start < w.end && w.start < c.end) || isWorkGivenInPlace(text, c.start);
      // "Becker, Chambers & Wilks (1988)": the whole byline when it names an entry and the last
      // two names ("Chambers & Wilks") name none.
      const named = (items: CalloutItem[]) => items.some((item) => candidates(item, keys).length > 0);
      if (c.longer && !named(c.items) && named(c.longer.items)) {
        c.start = c.longer.start;
        c.items = c.longer.items;
      }
      const after = c.items.length === 1 ? text.slice(c.end) : '';
      const numbers = [
        ...new Set(
          c.items.flatMap((item) => (inWork ? candidates(item, keys) : numbersOf(item, c.placeLike, after))),
        ),
      ];
      if (numbers.length === 0) continue;
      markers.push({ raw: text.slice(c.start, c.end), numbers, start: c.start, end: c.end });
    }
    for (const work of works) {
      const named = markers.some(
        (m) => m.start < work.end && work.start < m.end && m.numbers.includes(work.number),
      );
      const { start, end } = work.year;
      if (named || taken(start, end)) continue;
      markers.push({ raw: text.slice(start, end), numbers: [work.number], start, end });
    }
    // "For more details see "Bayesian Classification Theory"": a listed work named by its title.
    for (const { start, end, number } of byTitle(text)) {
      const inWork = works.some((w) => start < w.end && w.start < end);
      if (inWork || markers.some((m) => start < m.end && m.start < end)) continue;
      markers.push({ raw: text.slice(start, end), numbers: [number], start, end });
    }
    // A bare "Friedman 2008" is a callout when it names one entry exactly; "Merino et al 2017",
    // whose "et al" says it names a work, is one even when it names none listed: a work not listed.
    // A listed name typed in lower case, "(from wetmur 1991)", counts only where it names one entry
    // exactly, and never as a word that names no author, a month ("in may 2012") or "table".
    for (const mention of findBareMentions(text)) {
      if (markers.some((m) => mention.start < m.end && m.start < mention.end)) continue;
      const { start, end, item, lowerCase } = mention;
      if (lowerCase && namesNoAuthor(item.families[0] ?? '')) continue;
      const exact = candidates(item, keys);
      let found = exact.length === 1 ? exact : [];
      if (exact.length === 0 && !lowerCase && writesEtAl(item))
        found = numbersOf(item, false, text.slice(end));
      if (found.length === 0) continue;
      markers.push({ raw: text.slice(start, end), numbers: found, start, end });
    }
    return markers.sort((a, b) => a.start - b.start);
  };
}
