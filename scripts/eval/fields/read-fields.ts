import type { SourceReference } from '@/lib/ingest/document/source-document';
import { type ParsedEntry, parseReferenceEntry } from '@/lib/ingest/reference-entry';
import { withStatedFields } from '@/lib/ingest/stated-fields';
import type { ReadFields } from './compare-fields';

/** A parsed entry in the shape its tags are compared with. */
export function readFields(entry: ParsedEntry): ReadFields {
  return {
    authors: entry.authors.length > 0 ? entry.authors.map((a) => a.family) : null,
    year: entry.year === null ? null : `${entry.year}${(entry as { yearSuffix?: string }).yearSuffix ?? ''}`,
    title: entry.title,
    container: entry.container,
    volume: entry.volume,
    issue: entry.issue,
    pages: entry.pages,
    doi: entry.doi,
    url: entry.url,
  };
}

/** An entry printed as text, read as the app reads every entry of a text or Markdown list. */
export const textEntryFields = (printed: string): ReadFields => readFields(parseReferenceEntry(printed));

/**
 * An entry of the app's JATS reader, read as the app reads it (lib/ingest/works.ts): the fields
 * its tags state, the parse of its line for the rest.
 */
export const jatsEntryFields = (ref: SourceReference): ReadFields =>
  readFields(withStatedFields(parseReferenceEntry(ref.raw), ref.fields));
