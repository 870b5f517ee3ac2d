import { normaliseInitials } from './authors';
import type { SourceReferenceFields } from './document/source-document';
import { normalisePages } from './publication';
import type { ParsedEntry } from './reference-entry';

/**
 * An entry's fields when its format states some of them (JATS tags, a citation field's data):
 * what the format states wins, and the parse of the entry's text fills in only what it leaves
 * out. The text parser guesses where a field starts; the tags do not.
 */
export function withStatedFields(
  parsed: ParsedEntry,
  stated: SourceReferenceFields | undefined,
): ParsedEntry {
  if (!stated) return parsed;
  const pick = <T>(value: T | null | undefined, fallback: T): T =>
    value === null || value === undefined || value === '' ? fallback : value;
  const authors =
    stated.authors && stated.authors.length > 0
      ? stated.authors.map((a) => ({ family: a.family, given: a.given ? normaliseInitials(a.given) : null }))
      : parsed.authors;
  const container = pick(stated.container, parsed.container);
  const pages = pick(normalisePages(stated.pages), parsed.pages);
  return {
    ...parsed,
    authors,
    year: pick(stated.year, parsed.year),
    // The letter belongs to the year it follows: the stated one's, when the format states a year.
    yearSuffix: stated.year ? (stated.yearSuffix ?? null) : parsed.yearSuffix,
    title: pick(stated.title, parsed.title),
    container,
    volume: pick(stated.volume, parsed.volume),
    issue: pick(stated.issue, parsed.issue),
    pages,
    doi: pick(stated.doi?.toLowerCase(), parsed.doi),
    url: pick(stated.url, parsed.url),
    // A container with a volume or pages is a journal, whatever the text parse made of the entry.
    kind: parsed.kind === 'unknown' && container && (stated.volume || pages) ? 'article' : parsed.kind,
  };
}
