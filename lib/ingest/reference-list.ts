import { distance } from 'fastest-levenshtein';
import { alphabeticEntryLabel } from './alphabetic-labels';
import { atxHeading } from './atx-heading';
import { authorDateList } from './author-date/entry-list';
import { isPlainHeading, type SourceLine, underlinesTitle } from './blocks';
import type { ReferenceEntryRecord } from './graph-document';
import { entryLabel, isYearLabelled } from './lettered-labels';
import { findMarkers } from './markers';
import { RST_CITATION } from './rst-citation';
import { runInList } from './run-in-list';
import { movesOneLetter } from './typing-slips';

/**
 * Finding the reference list and cutting it into entries. Two shapes are recognised:
 * - a heading such as References, Sources, Notes, Bibliography, Works Cited or Literature Cited
 *   (Markdown or plain, any case, an optional colon), followed by numbered entries;
 * - no heading at all (the seed article): a trailing block of "[n] ..." or "n. ..." entries of
 *   which most look like references (referenceLike: authors, a year, a venue), so that a numbered
 *   list of advice closing the body ("1. Sleep eight hours.") is not taken for one.
 * Entries start "[1] ...", "[^1]: ...", "1. ..." or "1) ..."; lines that follow an entry without a
 * blank line (or indented after one) continue it. Under a heading, an unnumbered author–date list
 * is read too (author-date/entry-list.ts): its entries are numbered by position.
 */
const LIST_HEADINGS = new Set([
  'references',
  'reference list',
  'sources',
  'sources cited',
  'notes',
  'endnotes',
  'footnotes',
  'bibliography',
  'works cited',
  'literature cited',
  'citations',
]);

/**
 * An entry's first line: its label, "[1]", "[^1]:", "1.", "1)", or a lettered one, "[2a]" (a
 * group of works under one number); in a bullet, and in bold as a README writes it ("- **[1]** …");
 * or a number of up to three digits set apart by a tab or two spaces or more, as a typed manual
 * lays out its list ("   1  Gribskov M., Luethy R., Eisenberg D."); a year so set is no label,
 * and reStructuredText's footnote ".. [1] BINGHAM, D.; …" is one, as is its auto-numbered item
 * "#. Y. Hida, X.S. Li, …", numbered after the entry before it, and AsciiDoc's bibliography
 * anchor "- [[[1]]] https://…['The Economic Impacts …']", and a number and a dash, as the kernel's
 * documents label theirs ("  1 - C. L. Liu and J. W. Layland. Scheduling algorithms …");
 * nor is a year with a full stop, the wrapped line of an entry ("  1991.  Morgan Kaufmann, …").
 */
const ENTRY_START =
  /^\s*(?:[-*•]\s+|\.\.\s)?(?:\*\*|__)?(?:\[\^?(\d{1,4})[a-z]?\]:?|(?!(?:1[89]|20)\d\d[.)])(\d{1,4})[.)]|(\d{1,3})(?= {2}|\t)|(#)\.|\[\[\[(\d{1,4})\]\]\]|(\d{1,3}) [-–])(?:\*\*|__)?\s+(\S.*)$/;
/** reStructuredText's "#." at the start of an entry, written as the number it renders. */
const AUTO_NUMBER = /^(\s*)#\./;
/** The bold marks around a label, dropped from the entry's text: "- **[1]** Smith" is "- [1] Smith". */
const BOLD_LABEL = /^(\s*(?:[-*•]\s+)?)(?:\*\*|__)(\[[^\]\n]{1,8}\]|\d{1,4}[.)])(?:\*\*|__)/;
const BRACKET_ENTRY = /^\s*\[\^?\d{1,4}\]:?\s+\S/;
/** reStructuredText's explicit markup before a footnote: ".. [1] …". */
const RST_MARKUP = /^\s*\.\.\s(?=\s*\[)/;

const LEADING_NUMBER = /^\s*(?:\[\^?\d{1,4}\]:?|\d{1,4}[.)]|\d{1,3}(?= {2}|\t)|\d{1,3} [-–](?= ))\s*/;
/** A year a cited work may carry, 1800-2100, as in "(2009)", "2009a" or ", 2009." */
const REF_YEAR = /(?:^|[^\d])(?:18\d\d|19\d\d|20\d\d|2100)(?![\d])/;
/**
 * Author names: "Walker, M. P.", "Walker MP,", "M. P. Walker", "et al.", and a first author with a
 * given name written out as a note or a Chicago or MLA list puts it ("Rossi, Peter, Greg Allenby
 * and …", "Train, Kenneth, Discrete …", "Smith, John. Title").
 */
const AUTHOR_PATTERNS = [
  /\p{Lu}[\p{Ll}'’-]+,\s\p{Lu}\./u,
  /^\p{Lu}[\p{Ll}'’-]+,\s\p{Lu}\p{Ll}+(?:[,.]|\sand\s)/u,
  /\p{Lu}[\p{Ll}'’-]+\s\p{Lu}{1,3}[,.]/u,
  /(?:^|\s)\p{Lu}\.\s?\p{Lu}[\p{Ll}'’-]+/u,
  /\bet al\b/,
];
/**
 * Where a work was published: a DOI, a URL, volume(issue) or volume: pages, a venue's or a
 * publisher's word, or a title in quotation marks as MLA and Chicago set an article's.
 */
const VENUE_PATTERNS = [
  /\b10\.\d{4,9}\//,
  /\bhttps?:\/\/|\bwww\./i,
  /\b\d{1,4}\s?\(\d{1,4}\)/,
  /\b\d{1,4}\s?[:,]\s?\d{1,6}\s?[-–]\s?\d{1,6}\b/,
  /\b(?:journal|proceedings|press|university|review|vol\.|pp\.|doi|retrieved|publish(?:ed|er|ers|ing))\b/i,
  /\b(?:wiley|springer|elsevier|sons)\b/i,
  /["“][^"“”\n]{12,300}["”]/,
];

/**
 * Whether an entry looks like a reference rather than an item of advice: at least two of an
 * author name, a year (1800-2100) and a venue (a DOI, a URL, volume and pages, a journal's or
 * publisher's word). "1. Sleep eight hours." has none; "Walker, M. P. (2009). ... Annals, 1156,
 * 168-197." has all three. Every pattern is a bounded scan of one entry.
 */
export function referenceLike(raw: string): boolean {
  const text = raw.slice(0, 2000).replace(LEADING_NUMBER, '');
  const author = AUTHOR_PATTERNS.some((p) => p.test(text)) ? 1 : 0;
  const year = REF_YEAR.test(text) ? 1 : 0;
  const venue = VENUE_PATTERNS.some((p) => p.test(text)) ? 1 : 0;
  return author + year + venue >= 2;
}

/**
 * Whether `like` of `total` candidates that no heading names are enough to be a reference list: 6
 * in 10, the share a trailing run of entries, Word's notes and Markdown's footnotes all need.
 */
export function enoughEntries(like: number, total: number): boolean {
  return like > 0 && like * 10 >= total * 6;
}

/** Whether there are entries and at least half of them read as references (referenceLike). */
export function mostlyReferences(raws: readonly string[]): boolean {
  const like = raws.filter(referenceLike).length;
  return raws.length > 0 && like * 2 >= raws.length;
}

export interface ReferenceList {
  /** 0-based index of the first line of the list (its heading, if any). */
  start: number;
  /** 0-based index one past its last line. */
  end: number;
  heading: string | null;
  entries: ReferenceEntryRecord[];
  /** A run of reStructuredText's citations or footnotes, which the plain-text reader reads as notes. */
  fromRst?: true;
}

/** Marks a page sets around a heading's words: "» References" (a link back to the contents), "References ¶". */
const HEADING_MARKS = new Set([...'»«›‹▸▶►•·§¶†| \t']);

/** The text without heading marks at either end: a scan, since an expression for the end was slow on long runs of spaces. */
function withoutHeadingMarks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && HEADING_MARKS.has(text[start] as string)) start++;
  while (end > start && HEADING_MARKS.has(text[end - 1] as string)) end--;
  return text.slice(start, end);
}

function headingName(line: string): string {
  const trimmed = line.trim();
  // A "#" heading's text, closing hashes and all ("## References ##"), as the Markdown blocks read it.
  return withoutHeadingMarks(atxHeading(trimmed)?.text ?? trimmed)
    .replace(/ ?\{[#.][^{}]{0,100}\}$/, '') // a Pandoc attribute: "References {#refs}"
    .replace(/:\s*$/, '') // "**References**:" as well as "**References:**"
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/:\s*$/, '')
    .trim()
    .toLowerCase();
}

/** List names long enough that one slip of the keyboard cannot make another word of them. */
const MISSPELLABLE = ['references', 'bibliography'];

/**
 * A list heading with one letter dropped, doubled or mistyped ("**Refrences**:", "Referencess",
 * "Bibliograpy"), or a letter out of its place ("Referneces"). The first two letters must stand, so "Preferences" is no list heading; and the
 * list under it is taken only if most of its entries look like references.
 */
export function isMisspeltListHeading(line: string): boolean {
  const name = headingName(line);
  if (name.length < 8 || name.length > 14 || LIST_HEADINGS.has(name)) return false;
  return MISSPELLABLE.some(
    (word) => name.startsWith(word.slice(0, 2)) && (distance(name, word) === 1 || movesOneLetter(name, word)),
  );
}

/** Names that say a list of works, joined with another: "References and Further Reading", "Notes and References". */
const WORKS_HEADINGS = new Set([
  'references',
  'reference list',
  'bibliography',
  'works cited',
  'literature cited',
  'literature',
]);

/**
 * Words that qualify a list of works without naming another thing: "Other references", "Primary
 * reference", and an RFC's two parts, "Normative References" and "Informative References" (RFC 7322).
 */
const LIST_QUALIFIERS = new Set([
  'primary',
  'normative',
  'informative',
  'other',
  'further',
  'additional',
  'selected',
  'key',
  'main',
  'general',
  'suggested',
  'recommended',
  'related',
  'annotated',
]);

/** A section's number before its name: "9  References", "8. References", "4.2 Sources", "IV. Notes". */
const SECTION_NUMBER = /^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,6}\.)\s+(?=\p{L})/u;

/**
 * A plain text's list heading under its section number ("  9  References", as an Internet-Draft
 * numbers its sections). Only where the text is read line by line: the list must then be found
 * under it, whereas a page's "4.5 References" heading may head prose about references.
 */
function isNumberedListHeading(line: string): boolean {
  const name = line.replace(SECTION_NUMBER, '');
  return name !== line && isListHeading(name);
}

/** A numbered heading stands alone between blank lines: "7. References" inside a table of contents does not. */
const standsAlone = (lines: SourceLine[], i: number) =>
  isBlank(lines[i - 1]) && (isBlank(lines[i + 1]) || underlinedAt(lines, i));

/** Whether the line after line `i` underlines it as a section title. */
const underlinedAt = (lines: SourceLine[], i: number) =>
  underlinesTitle(lines[i]?.text ?? '', lines[i + 1]?.text ?? '');

/** Whether line `i` heads a list: by its name, or by its name under a section number, standing alone. */
const headsList = (lines: SourceLine[], i: number) => {
  const text = lines[i]?.text ?? '';
  return isListHeading(text) || (isNumberedListHeading(text) && standsAlone(lines, i));
};

export function isListHeading(line: string): boolean {
  const name = headingName(line);
  if (LIST_HEADINGS.has(name)) return true;
  const words = name.split(/\s+/);
  if (
    words.length === 2 &&
    LIST_QUALIFIERS.has(words[0] as string) &&
    /^(?:references?|bibliography|literature)$/.test(words[1] as string)
  )
    return true;
  const parts = name.replace(/\s+/g, ' ').split(/ (?:and|&) /);
  return parts.length === 2 && parts.some((part) => WORKS_HEADINGS.has(part));
}

/** Headings that also head prose: "Notes" on a documentation page explains, it does not list. */
const NOTE_HEADINGS = new Set(['notes', 'endnotes', 'footnotes']);

/** Whether a list heading names notes, whose items are a reference list only if they look like one. */
export function isNoteHeading(line: string): boolean {
  return NOTE_HEADINGS.has(headingName(line));
}

function isEntryStart(line: string): boolean {
  return ENTRY_START.test(line);
}

/** Cuts lines [from, to) into entries, joining continuation lines. */
export function parseEntries(lines: SourceLine[], from: number, to: number): ReferenceEntryRecord[] {
  const entries: ReferenceEntryRecord[] = [];
  let open: { entry: ReferenceEntryRecord; afterBlank: boolean } | null = null;
  for (const { text, number } of lines.slice(from, to)) {
    const match = ENTRY_START.exec(text);
    if (match) {
      const auto = match[4] !== undefined;
      const n = auto
        ? (entries[entries.length - 1]?.number ?? 0) + 1
        : Number(match[1] ?? match[2] ?? match[3] ?? match[5] ?? match[6]);
      open = {
        // "- **[1]** Smith" is "- [1] Smith", and ".. [1] Smith" (reStructuredText) "[1] Smith".
        entry: {
          number: n,
          raw: (auto ? text.replace(AUTO_NUMBER, `$1${n}.`) : text)
            .replace(BOLD_LABEL, '$1$2')
            .replace(RST_MARKUP, '')
            .trim(),
          line: number,
        },
        afterBlank: false,
      };
      entries.push(open.entry);
    } else if (text.trim() === '') {
      if (open) open.afterBlank = true;
    } else if (open && (!open.afterBlank || /^\s{2,}|\t/.test(text))) {
      open.entry.raw += `\n${text.trim()}`;
      open.afterBlank = false;
    } else {
      open = null; // stray text after the list: not part of any entry
    }
  }
  return entries;
}

/**
 * Whether line `i` ends a headed list: a Markdown heading (ATX, or a line of text over a setext
 * underline), or a plain-text heading line.
 */
function endsHeadedList(lines: SourceLine[], i: number): boolean {
  const text = lines[i]?.text ?? '';
  if (/^\s{0,3}#{1,6}\s/.test(text)) return true;
  const blankBefore = (lines[i - 1]?.text.trim() ?? '') === '';
  if (blankBefore && underlinedAt(lines, i)) return true;
  const blankAfter = (lines[i + 1]?.text.trim() ?? '') === '';
  return blankBefore && blankAfter && !isEntryStart(text) && isPlainHeading(text);
}

/**
 * For each line, the first line at or after it where a headed list would end, and the first line
 * that starts an entry: one backward pass. Looking each up from every "References" line in turn
 * was quadratic on a text of many such lines.
 */
function nextIndexes(lines: SourceLine[]): { listEnd: Int32Array; entry: Int32Array } {
  const listEnd = new Int32Array(lines.length + 1).fill(lines.length);
  const entry = new Int32Array(lines.length + 1).fill(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) {
    listEnd[i] = endsHeadedList(lines, i) ? i : (listEnd[i + 1] as number);
    entry[i] = isEntryStart(lines[i]?.text ?? '') ? i : (entry[i + 1] as number);
  }
  return { listEnd, entry };
}

/** "Contact:", "Known issues:": a plain-text README's label for what follows, alone on its line. */
const LABEL_LINE = /^\s{0,3}\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}:$/u;
const BARE_URL = /^\s*(?:https?:\/\/|www\.)\S+\s*$/;

/**
 * Where a numbered list ends when a label line follows its last entry: "[5] http://…", then
 * "Contact:" and a paragraph of prose. Only a label, alone between blank lines, after which no
 * entry starts and no bare address follows ("Available at:" then the entry's URL); "Articles:"
 * over more entries is a group inside the list. `entry` is nextIndexes' first entry line at or after each line.
 */
function labelAfterEntries(lines: SourceLine[], from: number, limit: number, entry: Int32Array): number {
  for (let i = from; i < limit; i++) {
    if ((entry[i] as number) < limit) continue;
    const blank = (j: number) => (lines[j]?.text.trim() ?? '') === '';
    if (!blank(i - 1) || !blank(i + 1) || !LABEL_LINE.test(lines[i]?.text ?? '')) continue;
    let next = i + 1;
    while (next < limit && blank(next)) next++;
    if (!BARE_URL.test(lines[next]?.text ?? '')) return i;
  }
  return limit;
}

/** "References: [1] Atkin/Morain, Math. Comp., 1993.": a list heading and its first entry on one line. */
const HEADING_THEN_ENTRY = /^\s{0,10}([A-Za-z][A-Za-z ]{2,30}):\s{1,10}(\[\d{1,4}\]\s+\S.*)$/;

/**
 * Where a list that opens inside a paragraph ends: at a blank line not followed by another entry
 * (the text goes on after "References: [1] …", README sections and all), or at `limit`.
 */
function paragraphListEnd(lines: SourceLine[], from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    if ((lines[i]?.text.trim() ?? '') !== '') continue;
    let j = i;
    while (j < limit && (lines[j]?.text.trim() ?? '') === '') j++;
    if (j >= limit || !isEntryStart(lines[j]?.text ?? '')) return i;
    i = j - 1;
  }
  return limit;
}

const ATX_LEVEL = /^\s{0,3}(#{1,6})\s/;

/**
 * Under a Markdown heading, the end of its section: the next heading of its level or above. A
 * README may give each work a heading of its own below "## References" ("### Enriching Word
 * Vectors…", then "[1] P. Bojanowski…", then its BibTeX), with a sentence before the first.
 */
function sectionEnd(lines: SourceLine[], heading: number): number {
  const level = ATX_LEVEL.exec(lines[heading]?.text ?? '')?.[1]?.length;
  if (level === undefined) return lines.length;
  let fenced = false;
  for (let i = heading + 1; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (/^\s{0,3}(?:```|~~~)/.test(text)) fenced = !fenced;
    const deeper = ATX_LEVEL.exec(text)?.[1]?.length;
    if (!fenced && deeper !== undefined && deeper <= level) return i;
  }
  return lines.length;
}

function findHeadedList(lines: SourceLine[]): ReferenceList | null {
  let next: ReturnType<typeof nextIndexes> | null = null;
  let triedUnnumbered = false;
  let triedNotes = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]?.text ?? '';
    const inline = HEADING_THEN_ENTRY.exec(text);
    if (inline && isListHeading(inline[1] ?? '')) {
      next ??= nextIndexes(lines);
      const end = paragraphListEnd(lines, i + 1, next.listEnd[i + 1] as number);
      // "References: [1] … [2] …" on one line, the whole list run in (run-in-list.ts).
      const runIn = end === i + 1 ? runInList(text, isListHeading) : null;
      if (runIn && runIn.entries.length > 1) {
        const line = lines[i]?.number ?? i + 1;
        return { start: i, end, heading: runIn.heading, entries: runIn.entries.map((e) => ({ ...e, line })) };
      }
      const withFirst = [
        { text: inline[2] ?? '', number: lines[i]?.number ?? i + 1 },
        ...lines.slice(i + 1, end),
      ];
      return {
        start: i,
        end,
        heading: (inline[1] ?? '').trim(),
        entries: parseEntries(withFirst, 0, withFirst.length),
      };
    }
    const listHeading = headsList(lines, i);
    const misspelt = !listHeading && isMisspeltListHeading(text);
    if (!listHeading && !misspelt) continue;
    next ??= nextIndexes(lines);
    const body = bodyStart(lines, i);
    const sectionLimit = next.listEnd[body] as number;
    const numbered = numberedUnder(lines, i, next);
    if (numbered) {
      const raws = numbered.entries.map((e) => e.raw);
      if (misspelt && !mostlyReferences(raws)) continue;
      // Under "Notes" or "Footnotes", numbered remarks ("[^2]: These only return the actual peer
      // caps …") are notes, as Markdown's and HTML's notes are: a list only if most name works.
      if (isNoteHeading(text) && !mostlyNameWorks(raws)) continue;
      return numbered;
    }
    if (misspelt) continue; // only a numbered list is read under a misspelt heading
    const end = sectionLimit;
    // Only under the last list heading, and the last "Notes" heading: reading under every one was
    // quadratic on hostile text. A "Notes" section of prose after the list ("Notes" / "=====",
    // "**To maintain a one-to-one porting …**") must not spend the one try the list needs.
    const notes = isNoteHeading(text);
    if (notes ? triedNotes : triedUnnumbered) continue;
    if (notes) triedNotes = true;
    else triedUnnumbered = true;
    const unnumbered = authorDateList(lines, body, end);
    if (unnumbered.entries.length > 0) {
      const numbered = numberedListAbove(lines, i, next);
      if (numbered && numbered.entries.length > unnumbered.entries.length && citesByNumber(lines, numbered))
        return numbered;
      return withListAbove(lines, {
        start: i,
        end: unnumbered.end,
        heading: text.trim(),
        entries: unnumbered.entries,
      });
    }
    // Entries under headings of their own: the list runs to the end of the heading's section, and
    // starts at its first entry, so a sentence before it stays in the body.
    const sectionStop = sectionEnd(lines, i);
    const first = next.entry[body] as number;
    if (first < sectionStop) {
      const entries = parseEntries(lines, first, sectionStop);
      if (mostlyReferences(entries.map((e) => e.raw)))
        return { start: first - 1, end: sectionStop, heading: text.trim(), entries };
    }
    if (!notes) {
      const paragraphs = paragraphEntries(lines, body, end);
      if (paragraphs) return { start: i, end, heading: text.trim(), entries: paragraphs };
    }
  }
  return null;
}

const isBlank = (line: SourceLine | undefined) => (line?.text.trim() ?? '') === '';

/**
 * An address or a DOI: a work given by where it is ("LZMA SDK - The original …" / "http://7-zip.org/sdk.html"),
 * or a page's note on what it speaks of ("Discovered from https://github.com/…").
 */
export const GIVES_ADDRESS = /\bhttps?:\/\/\S|\bdoi:\s?10\.\d/i;
/**
 * Whether an entry or a note names a work: it reads as a reference entry, or it gives the work's
 * address, as a manual's notes do ("[1] http://proteowizard.sourceforge.net/.").
 */
export const namesWork = (raw: string): boolean => referenceLike(raw) || GIVES_ADDRESS.test(raw);

/** Whether there are entries and at least half of them name works (namesWork). */
function mostlyNameWorks(raws: readonly string[]): boolean {
  return raws.length > 0 && raws.filter(namesWork).length * 2 >= raws.length;
}

/** The longest paragraph read as one work. */
const MAX_PARAGRAPH_ENTRY = 1500;

/**
 * Works written one to a paragraph under a list heading, in no numbered or author–date form: a
 * specification's "LZMA SDK - The original LZMA implementation" / its address, "[RFC-1952]" /
 * "GZIP file format specification version 4.3" / its address. Each paragraph up to the section's
 * end is an entry, numbered by place, when there are two or more, none long, and each reads as a
 * work, gives an address or opens with a label; else null (prose under the heading).
 */
function paragraphEntries(lines: SourceLine[], from: number, to: number): ReferenceEntryRecord[] | null {
  const entries: ReferenceEntryRecord[] = [];
  let open: ReferenceEntryRecord | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i] as SourceLine;
    if (isBlank(line)) {
      open = null;
      continue;
    }
    if (open) open.raw += `\n${line.text.trim()}`;
    else {
      open = { number: entries.length + 1, raw: line.text.trim(), line: line.number };
      entries.push(open);
    }
  }
  const work = (raw: string) =>
    raw.length <= MAX_PARAGRAPH_ENTRY && (namesWork(raw) || alphabeticEntryLabel(raw) !== null);
  return entries.length >= 2 && entries.every((e) => work(e.raw)) ? entries : null;
}

/**
 * The numbered list under the nearest list heading above line `below` (not a "Notes" heading,
 * whose numbered notes are no works), when most of its entries read as references. A README may
 * close with a further heading over works written out after its numbered list ("## References",
 * nine entries, then "## Citations" and one paper that cites the tool): the one work below is not
 * the list the text's "[4]" to "[9]" point into.
 */
function numberedListAbove(
  lines: SourceLine[],
  below: number,
  next: ReturnType<typeof nextIndexes>,
): ReferenceList | null {
  for (let j = below - 1; j >= 0; j--) {
    const text = lines[j]?.text ?? '';
    if (!isListHeading(text)) continue;
    if (isNoteHeading(text)) return null;
    const list = numberedUnder(lines, j, next);
    return list && mostlyReferences(list.entries.map((e) => e.raw)) ? list : null;
  }
  return null;
}

/** "References" over a line of "-", "=" or "~" (an underlined title): the list starts after the line. */
const bodyStart = (lines: SourceLine[], heading: number) =>
  underlinedAt(lines, heading) ? heading + 2 : heading + 1;

/**
 * The numbered list under the heading at line `heading`, or null: numbered entries exist under
 * it exactly when an entry line starts before the list's end.
 */
function numberedUnder(
  lines: SourceLine[],
  heading: number,
  next: ReturnType<typeof nextIndexes>,
): ReferenceList | null {
  const body = bodyStart(lines, heading);
  const limit = next.listEnd[body] as number;
  const first = next.entry[body] as number;
  if (first >= limit) return null;
  const end = nextNumberedSection(lines, heading, labelAfterEntries(lines, body, limit, next.entry));
  const entries = parseEntries(lines, body, end);
  // The only numbered line under the heading was the next section's ("9. Author's address" after
  // "8. References" and its entries labelled "[ESMTP]"): no numbered list, the entries are others.
  if (entries.length === 0) return null;
  return {
    // Text between the heading and the first entry that cites the list stays in the body: a
    // "Notes" section's prose and table whose rows end "X11 [4]", then the notes "[1] …".
    start: citesBetween(lines, body, first, entries.length) ? first : heading,
    end,
    heading: lines[heading]?.text.trim() ?? '',
    entries,
  };
}

/** Whether a line in [from, to) holds a bracketed callout of a list of `listed` entries. */
function citesBetween(lines: SourceLine[], from: number, to: number, listed: number): boolean {
  const context = { parenthesised: false, maxNumber: listed };
  for (let i = from; i < to; i++)
    if (findMarkers(lines[i]?.text ?? '', context).some((m) => m.raw.startsWith('['))) return true;
  return false;
}

/** "  9  References": the indent, the section number and what follows it up to the name. */
const NUMBERED_SECTION = /^(\s*)(\d{1,2})(\.?\s+)\p{L}/u;

/**
 * Where the list under a numbered section heading ("  9  References") ends when the next section
 * follows it ("  10  Author's Address"): a line between blank lines at the heading's indent, with
 * the next number and the same separator, that does not read as a work. As a typed list's entry
 * ("  1  Gribskov M., …") it would otherwise be taken for entry 10.
 */
function nextNumberedSection(lines: SourceLine[], heading: number, end: number): number {
  const own = NUMBERED_SECTION.exec(lines[heading]?.text ?? '');
  if (!own) return end;
  const [, indent, number, separator] = own;
  const nextNumber = String(Number(number) + 1);
  for (let i = heading + 1; i < end; i++) {
    const text = lines[i]?.text ?? '';
    const section = NUMBERED_SECTION.exec(text);
    if (!section || section[1] !== indent || section[2] !== nextNumber) continue;
    if (/\./.test(section[3] ?? '') !== /\./.test(separator ?? '')) continue;
    if (isBlank(lines[i - 1]) && isBlank(lines[i + 1]) && !referenceLike(text)) return i;
  }
  return end;
}

/** The fewest distinct numbers of a list the text above it must cite in brackets for it to be the one cited. */
const MIN_NUMBERS_CITED = 2;

/** Whether the text above a numbered list cites at least two of its numbers in brackets ("[4]", "[5, 6]"). */
function citesByNumber(lines: SourceLine[], list: ReferenceList): boolean {
  const context = { parenthesised: false, maxNumber: list.entries.length };
  const cited = new Set<number>();
  for (let i = 0; i < list.start; i++) {
    for (const marker of findMarkers(lines[i]?.text ?? '', context)) {
      if (!marker.raw.startsWith('[')) continue;
      for (const n of marker.numbers) if (n >= 1 && n <= list.entries.length) cited.add(n);
    }
    if (cited.size >= MIN_NUMBERS_CITED) return true;
  }
  return false;
}

/**
 * A list in two parts, each under a heading of its own ("PRIMARY REFERENCE", then "OTHER
 * REFERENCES"): the part right above, an author–date list that runs to this heading, is the same
 * list, read first. Only one part above is looked for.
 */
function withListAbove(lines: SourceLine[], list: ReferenceList): ReferenceList {
  let above = list.start - 1;
  while (above >= 0 && isBlank(lines[above])) above--;
  // The part above ends at its last entry; its heading is the nearest list heading over it.
  let heading = above;
  while (heading >= 0 && heading > above - 200 && !headsList(lines, heading)) heading--;
  if (heading < 0 || heading <= above - 200 || heading >= above) return list;
  const body = bodyStart(lines, heading);
  const part = authorDateList(lines, body, list.start);
  if (part.entries.length === 0 || part.end < list.start) return list;
  const entries = [...part.entries, ...list.entries].map((e, n) => ({ ...e, number: n + 1 }));
  return { ...list, start: heading, heading: lines[heading]?.text.trim() ?? list.heading, entries };
}

/** One past the last line that is not blank. */
function textEnd(lines: SourceLine[]): number {
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1])) end--;
  return end;
}

/** The trailing run of entry paragraphs, scanning back from the end of the text. */
function findTrailingList(lines: SourceLine[]): ReferenceList | null {
  const end = textEnd(lines);
  let start = end;
  let i = end - 1;
  let bracketStyle: boolean | null = null;
  while (i >= 0) {
    // Walk back over one paragraph (a run of non-blank lines).
    let top = i;
    while (top > 0 && (lines[top - 1]?.text.trim() ?? '') !== '') top--;
    const first = lines[top]?.text ?? '';
    if (!isEntryStart(first)) break;
    // One list, one style: "[n]" entries do not swallow a numbered advice list just above them.
    const bracketed = BRACKET_ENTRY.test(first);
    if (bracketStyle !== null && bracketed !== bracketStyle) break;
    bracketStyle = bracketed;
    start = top;
    i = top - 1;
    while (i >= 0 && (lines[i]?.text.trim() ?? '') === '') i--;
  }
  if (start === end) return null;
  const entries = parseEntries(lines, start, end);
  // With no heading to say so, the entries must say it: most of them must look like references.
  const like = entries.filter((e) => referenceLike(e.raw)).length;
  if (!enoughEntries(like, entries.length)) return null;
  return { start, end, heading: null, entries };
}

/** The fewest entries an unheaded author–date paragraph must hold to be taken for the list. */
const MIN_UNHEADED_ENTRIES = 3;

/**
 * An author–date list with no heading, as the last paragraph of a plain-text note: entries
 * hard-wrapped and not parted by blank lines ("Bennetzen, J. L., and B. D. Hall, (1982). Codon
 * selection in yeast. Journal …"). Only the last paragraph is read, by the author–date list
 * reader, and it is the list only when it holds three entries or more and most look like
 * references, as a numbered trailing run must.
 */
function findTrailingAuthorDateList(lines: SourceLine[]): ReferenceList | null {
  const end = textEnd(lines);
  let start = end;
  while (start > 0 && !isBlank(lines[start - 1])) start--;
  if (start === end) return null;
  const { entries } = authorDateList(lines, start, end);
  const like = entries.filter((e) => referenceLike(e.raw)).length;
  if (entries.length < MIN_UNHEADED_ENTRIES || like * 10 < entries.length * 8) return null;
  return { start, end, heading: null, entries };
}

/** The fewest "[n]" entries an unheaded list inside the text must hold. */
const MIN_INNER_ENTRIES = 2;
/** "[1] Fortunato, …", "- [1] JiffySoft128 description - see https://…": a bracketed number, maybe in a bullet, not a footnote's "[^1]:", whose definitions are notes. */
const INNER_ENTRY = /^\s*(?:[-*•]\s+)?\[\d{1,4}\]\s+\S/;

/** A comment in reStructuredText: ".. there's also the original ctypes home page: …". */
const RST_COMMENT = /^\.\.\s/;

/**
 * reStructuredText's citations under no heading ("ctypes [ctypes]_ is …", then ".. [ctypes] https://…"
 * and ".. [Pyrex] G. Ewing, …" at the end of the source): the explicit markup says each is an entry.
 * The last run of two or more that mostly name works, with their indented lines, comments between
 * them skipped; numbered by place. The plain-text reader reads every citation where it stands as
 * a note instead (readers/rst-notes.ts: `[#]_` then reaches them in order); a Markdown file and a
 * page's <pre> still take such a run for their list.
 */
function findRstCitations(lines: SourceLine[]): ReferenceList | null {
  let found: ReferenceList | null = null;
  let i = 0;
  while (i < lines.length) {
    if (!RST_CITATION.test(lines[i]?.text ?? '')) {
      i++;
      continue;
    }
    const entries: ReferenceEntryRecord[] = [];
    let end = i;
    let open: ReferenceEntryRecord | null = null;
    for (; end < lines.length; end++) {
      const text = lines[end]?.text ?? '';
      if (RST_CITATION.test(text)) {
        open = {
          number: entries.length + 1,
          raw: text.replace(/^\s*\.\.\s+/, '').trim(),
          line: lines[end]?.number ?? end + 1,
        };
        entries.push(open);
      } else if (RST_COMMENT.test(text) || isBlank(lines[end])) open = null;
      else if (open && /^\s+\S/.test(text)) open.raw += `\n${text.trim()}`;
      else break;
    }
    // Footnotes that are remarks (".. [#] Measured with eight threads.") are notes (rst-notes.ts).
    const works = entries.filter((e) => namesWork(e.raw)).length;
    if (entries.length >= MIN_INNER_ENTRIES && enoughEntries(works, entries.length))
      found = { start: i, end, heading: null, entries, fromRst: true };
    i = Math.max(end, i + 1);
  }
  return found;
}

/**
 * A run of "[1] …", "[2] …" paragraphs inside the text, under no heading and followed by more of
 * it, as a README puts its works right after the paragraphs that cite them, before "## Usage"
 * (`[1] Fortunato, Santo. "Community detection in graphs." Physics Reports 486 …`). Only a run
 * numbered 1, 2, … in order, whose entries all name works (read as references or give their
 * addresses, "[1] http://www.postfix.org/XCLIENT_README.html" under "8. Contacts and links"):
 * "[1] shows that …" opening a paragraph of prose is a callout, not an entry. The last such run is the list.
 */
function findInnerBracketList(lines: SourceLine[]): ReferenceList | null {
  let found: ReferenceList | null = null;
  let i = 0;
  while (i < lines.length) {
    if (!INNER_ENTRY.test(lines[i]?.text ?? '') || (i > 0 && !isBlank(lines[i - 1]))) {
      i++;
      continue;
    }
    // The run: paragraphs that each open with a bracket entry.
    let end = i;
    for (;;) {
      while (end < lines.length && !isBlank(lines[end])) end++;
      let next = end;
      while (next < lines.length && isBlank(lines[next])) next++;
      if (next >= lines.length || !INNER_ENTRY.test(lines[next]?.text ?? '')) break;
      end = next;
    }
    const entries = parseEntries(lines, i, end);
    const inOrder = entries.every((e, n) => e.number === n + 1);
    if (entries.length >= MIN_INNER_ENTRIES && inOrder && entries.every((e) => namesWork(e.raw))) {
      found = { start: i, end, heading: null, entries };
    }
    i = Math.max(end, i + 1);
  }
  return found;
}

export function findReferenceList(lines: SourceLine[]): ReferenceList | null {
  const list =
    findHeadedList(lines) ??
    findTrailingList(lines) ??
    findTrailingAuthorDateList(lines) ??
    findInnerBracketList(lines) ??
    findRstCitations(lines);
  return list && withLetteredLabels(list);
}

/**
 * A list whose labels carry letters ("[2a]", "[2b]": works grouped under one number) or are years
 * ("2011 - …") is numbered by place, as an author–date list is: its callouts are matched by label
 * (lettered-labels.ts).
 */
function withLetteredLabels(list: ReferenceList): ReferenceList {
  const lettered = list.entries.some((e) => {
    const label = entryLabel(e.raw);
    return label?.letter && !label.dashed;
  });
  if (!lettered && !isYearLabelled(list.entries)) return list;
  return { ...list, entries: list.entries.map((e, i) => ({ ...e, number: i + 1 })) };
}
