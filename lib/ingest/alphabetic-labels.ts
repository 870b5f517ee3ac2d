import type { SourceReference } from './document/source-document';
import type { MarkerRecord } from './graph-document';

/**
 * Reference lists labelled by authors' initials and year, as BibTeX's alpha style and
 * mathematicians write them: "[HM] Harris J., and Morrison, I. Moduli of Curves …",
 * "[AM97] Achilles-Manaresi, …", "[PTUV20] Polini-Trung-Ulrich-Validashti, …". The text cites
 * them by label, alone or several to a bracket: "the textbook [HM]", "[PTUV20, SH06]",
 * "(USOP) [AR,GS,HM,S]". Entries stay numbered by place; a label the list lacks, written in a
 * bracket with listed ones or shaped like the list's own, is a work not listed, numbered after
 * the list in the order of first use.
 */

/** "HM", "AM97", "Knu84", "vdW99", "PTUV20", "S", "AR+01": letters (one a capital), then perhaps a year. */
const LABEL = /^(?=[^\d]*\p{Lu})\p{L}[\p{L}+'-]{0,9}(?:\d{2}|\d{4})?[a-z]?$/u;
/**
 * "RsaFault", "Aes256Sc", "ieee1609dot4", "Balanis": a word as reStructuredText and docutils name
 * a citation. As an entry's label any such word; unlisted, only one with a capital or a digit
 * past its first letter ("[Online]", "[sic]" are words, not labels).
 */
const WORD_LABEL = /^\p{L}[\p{L}\p{N}._-]{1,23}$/u;
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;
/**
 * "Adamson 95", "SIA 95", "Knuth 1984a": a name, a space and a year, as older RFCs and technical
 * reports label their lists ("[Adamson 95]   W. A. Adamson, J. Rees, …") and cite them ("[Diffie
 * 76, Taylor 88]"). Read as a label only where the list is labelled so: elsewhere "[Smith 2020]"
 * is a name and a year, an author–date callout.
 */
const SPACED_LABEL = /^\p{Lu}[\p{L}'-]{0,19} (?:\d{2}|\d{4})[a-z]?$/u;
/**
 * "#PEP-287": reStructuredText's auto-numbered footnote with a label (`.. [#PEP-287] PEP 287, …`,
 * cited `[#PEP-287]_`); docutils numbers such footnotes in the order they are written, as the
 * list's places number them here.
 */
const RST_AUTO_LABEL = /^#[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u;
/** An entry's label at its start, after a bullet or reStructuredText's ".. " before a footnote. */
const ENTRY_LABEL = /^\s*(?:[-*•]\s+|\.\.\s+)?\[([^\]\s]{1,40}|[^\]\s]{1,20} \d{2,4}[a-z]?)\]/;
/** Of the entries, how many must open with such a label for the list to be read by them. */
const LABELLED_SHARE = 0.5;
/** A bracket of labels; a line may end inside it ("[Diffie 76, Taylor" / "88]"). */
const BRACKET = /\[([^[\]]{1,200})\]/g;

/** The items of a bracket, "PTUV20, SH06" or "AR;GS", trimmed. */
const labelsIn = (inner: string): string[] =>
  inner.split(/[,;]/).map((item) => item.trim().replace(/\s+/g, ' '));

export function isAlphabeticLabel(label: string): boolean {
  return LABEL.test(label) || WORD_LABEL.test(label);
}

/** A label as an entry of a labelled list may carry it: initials or a word, or a name and a year apart. */
const isEntryLabel = (label: string): boolean =>
  isAlphabeticLabel(label) || SPACED_LABEL.test(label) || RST_AUTO_LABEL.test(label);

/**
 * "[AM97]", "[Adamson 95]", "[Diffie 76, Taylor 88]", "[#PEP-287]": a bracket of labels such as a
 * labelled list's entries carry, as the text cites them.
 */
export function isBracketedEntryLabels(raw: string): boolean {
  const inner = /^\[([^[\]]{1,200})\]$/.exec(raw)?.[1];
  return inner !== undefined && labelsIn(inner).every(isEntryLabel);
}

/** A label that reads as one even when no entry has it: initials and a year, or a word with a capital or digit inside. */
const looksLikeLabel = (label: string): boolean =>
  LABEL.test(label) ||
  SPACED_LABEL.test(label) ||
  RST_AUTO_LABEL.test(label) ||
  (WORD_LABEL.test(label) && CAPITAL_OR_DIGIT.test(label.slice(1)));

/** "[HM]", "[PTUV20, SH06]": a bracket of alphabetic labels only, as a callout is written. */
export function isBracketedLabels(raw: string): boolean {
  const inner = /^\[([^[\]\n]{1,200})\]$/.exec(raw)?.[1];
  return inner !== undefined && labelsIn(inner).every(isAlphabeticLabel);
}

/**
 * The entry after its alphabetic label ("Harris J., …" for "[HM] Harris J., …", and for "[HM]:
 * Harris J., …" as some lists type it), or null for an entry without one.
 */
export function afterAlphabeticLabel(raw: string): string | null {
  return alphabeticEntryLabel(raw) === null ? null : raw.slice(raw.indexOf(']') + 1).replace(/^:/, '');
}

/** An entry's alphabetic label, "HM" for "[HM] Harris J., …", or null. */
export function alphabeticEntryLabel(raw: string): string | null {
  const label = ENTRY_LABEL.exec(raw)?.[1];
  return label !== undefined && isEntryLabel(label) ? label : null;
}

/** For a list labelled by letters, each label to its entry's number; else null. */
export function alphabeticLabels(references: readonly SourceReference[] | null): Map<string, number> | null {
  const list = references ?? [];
  if (list.length === 0) return null;
  const labels = new Map<string, number>();
  for (const r of list) {
    const label = alphabeticEntryLabel(r.raw);
    if (label !== null && !labels.has(label)) labels.set(label, r.number);
  }
  return labels.size >= LABELLED_SHARE * list.length ? labels : null;
}

/** Whether the list's labels carry years ("AM97") or not ("HM"): an unknown label must be shaped alike. */
const carriesYear = (label: string) => /\d/.test(label);

export function alphabeticCalloutFinder(
  labels: ReadonlyMap<string, number>,
  after: number,
): (text: string) => MarkerRecord[] {
  const withYears = [...labels.keys()].filter(carriesYear).length * 2 > labels.size;
  const unlisted = new Map<string, number>();
  const numberOf = (label: string): number => {
    const listed = labels.get(label);
    if (listed !== undefined) return listed;
    if (!unlisted.has(label)) unlisted.set(label, after + unlisted.size + 1);
    return unlisted.get(label) as number;
  };
  return (text) => {
    const markers: MarkerRecord[] = [];
    for (const m of text.matchAll(BRACKET)) {
      // "k[X]", "R[x, y]": a bracket written against a word is notation, not a callout.
      if (/[\p{L}\p{N}_]/u.test(text[m.index - 1] ?? '')) continue;
      const items = labelsIn(m[1] as string);
      if (!items.every(isEntryLabel)) continue;
      const known = items.some((item) => labels.has(item));
      const likeTheList = items.every((item) => carriesYear(item) === withYears);
      if (!known && !likeTheList) continue;
      if (!items.every((item) => labels.has(item) || looksLikeLabel(item))) continue;
      markers.push({
        raw: m[0],
        numbers: [...new Set(items.map(numberOf))],
        start: m.index,
        end: m.index + m[0].length,
      });
    }
    return markers;
  };
}
