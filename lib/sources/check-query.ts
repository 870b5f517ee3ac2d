import type { WorkRecord } from '@/lib/ingest/graph-document';

/**
 * What Crossref is asked about a work: its DOI, or (without one) the entry as written, which is what
 * `query.bibliographic` is made for. A stored check answers the work only while this is unchanged,
 * so an entry corrected since its check is checked again. Null: nothing to ask (a number cited but
 * never listed has no entry; an entry without a title is too vague to search).
 */
export function checkQuery(work: Pick<WorkRecord, 'doi' | 'title' | 'raw'>): string | null {
  if (work.doi) return `doi:${work.doi.toLowerCase()}`;
  if (!work.title || !work.raw) return null;
  // The entry without its own number ("[5] ", "5. "), spaces folded, cut to a length Crossref reads.
  const text = work.raw
    .replace(/^\s*(?:\[\d+\]|\d+[.)])\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `bibliographic:${text.slice(0, 500)}`;
}
