import { FINDING_KINDS, FINDING_LABELS, type FindingKind } from '@/lib/schemas/audit-report';
import { SOURCE_FINDING_KINDS, SOURCE_FINDING_LABELS, type SourceFindingKind } from '@/lib/schemas/sources';

/**
 * Every kind of finding a report can hold: the audit's own (lib/schemas/audit-report.ts), then
 * those of outside sources. The one list that --fail-on, --help and the SARIF rules read, so a
 * kind added to either enum reaches them all.
 */
export type AnyFindingKind = FindingKind | SourceFindingKind;
export const ALL_FINDING_KINDS: readonly AnyFindingKind[] = [...FINDING_KINDS, ...SOURCE_FINDING_KINDS];

export const isSourceFindingKind = (k: string): k is SourceFindingKind =>
  (SOURCE_FINDING_KINDS as readonly string[]).includes(k);

export const findingLabel = (k: AnyFindingKind): string =>
  isSourceFindingKind(k) ? SOURCE_FINDING_LABELS[k] : FINDING_LABELS[k];

/**
 * What a writer should do about each kind, for a CI tool's rule help. A kind without an entry is
 * explained by its label alone.
 */
const HELP: Partial<Record<AnyFindingKind, string>> = {
  uncited:
    'The sentence states something as fact and cites nothing. Cite a source, or soften it into an opinion.',
  unlisted_only:
    'Every number the sentence cites is missing from the reference list. Add the entries, or cite listed works.',
  partly_unlisted:
    'Some numbers the sentence cites are missing from the reference list. Add the missing entries.',
  cited_not_listed: 'A number is cited in the text but has no entry in the reference list.',
  listed_not_cited:
    'An entry of the reference list is never cited. Cite it where it backs a claim, or remove it.',
  numbering: 'Numbers are first cited out of order, skipped or listed twice.',
  mismatch:
    'The claim and the title of the work it cites share almost no words: check the citation points at the right work.',
  incomplete_entry:
    'The reference entry lacks a year, title, venue or pages a reader needs to find the work.',
  duplicate_entry: 'Two entries of the reference list are the same work.',
  suspicious_range:
    'A marker range was not expanded: it spans years ("[2010–2020]") or more than 100 numbers. Write the numbers meant.',
  ambiguous_callout:
    'An author–date callout matches several reference entries (two works by the same authors in one year). Add "a", "b" to the years.',
  year_mismatch:
    'An author–date callout gives a year one off from the only entry of its authors: it is linked to that entry. Correct the callout or the entry.',
  retracted_source: 'The cited work was retracted. Remove the claim or find other evidence.',
  expression_of_concern: 'The cited work is under an expression of concern.',
};

export const findingHelp = (k: AnyFindingKind): string => HELP[k] ?? `${findingLabel(k)}.`;
