// Pure (no I/O): unit-tested without a database; only the server-side queries import it.
// @ts-expect-error: citation-js ships no type declarations.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { LRUCache } from 'lru-cache';
import type { AuthorRecord, WorkRecord } from '@/lib/ingest/graph-document';
import type { FormattedReference } from '@/lib/schemas/details';
import { cslEntry, splitItalics, stripTags } from './csl-html';

/** The Work fields a reference is built from (as the loader stores them), with its authors in order. */
export type WorkFields = Pick<
  WorkRecord,
  | 'id'
  | 'title'
  | 'year'
  | 'kind'
  | 'container'
  | 'volume'
  | 'issue'
  | 'pages'
  | 'publisher'
  | 'place'
  | 'doi'
> & { authors: Pick<AuthorRecord, 'family' | 'given'>[] };

const CSL_TYPE: Record<string, string> = {
  article: 'article-journal',
  book: 'book',
  chapter: 'chapter',
  report: 'report',
  web: 'webpage',
};

/** Work -> CSL-JSON, the input format every citation style processor reads. */
export function toCsl(w: WorkFields): Record<string, unknown> {
  const csl: Record<string, unknown> = {
    id: w.id,
    type: CSL_TYPE[w.kind ?? ''] ?? 'document',
    title: w.title ?? undefined,
    author: w.authors.map((a) => (a.given ? { family: a.family, given: a.given } : { family: a.family })),
  };
  if (w.year !== null) csl.issued = { 'date-parts': [[w.year]] };
  if (w.container) csl['container-title'] = w.container;
  if (w.volume) csl.volume = w.volume;
  if (w.issue) csl.issue = w.issue;
  if (w.pages) csl.page = w.pages;
  if (w.publisher) csl.publisher = w.publisher;
  if (w.place) csl['publisher-place'] = w.place;
  if (w.doi) csl.DOI = w.doi;
  return csl;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
function decode(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
}

/*
 * citation-js takes about 3 ms of CPU to format one reference: a third of the server's CPU for a
 * claim trace the read cache does not hold. Works recur across claims and articles, so formatted
 * references are kept by their whole CSL input. The same input always formats the same way, so an
 * entry never goes stale: a work whose fields change has a new key.
 */
const formatted = new LRUCache<string, FormattedReference>({ max: 20_000 });

/**
 * Formats a work in APA with citation-js. The HTML output is reduced to runs of plain and italic
 * text, so the page renders it with React (no injected HTML) and keeps APA's italics. The result
 * is shared between callers (see above), so it is frozen.
 */
export function formatApa(w: WorkFields): FormattedReference | null {
  if (!w.title) return null;
  const csl = toCsl(w);
  const key = JSON.stringify(csl);
  const known = formatted.get(key);
  if (known) return known;
  const reference = formatCsl(csl);
  formatted.set(key, reference);
  return reference;
}

function formatCsl(csl: Record<string, unknown>): FormattedReference {
  const html: string = new Cite([csl]).format('bibliography', {
    format: 'html',
    template: 'apa',
    lang: 'en-US',
  });
  const entry = cslEntry(html);
  const runs: FormattedReference['runs'] = [];
  for (const part of splitItalics(entry)) {
    if (!part) continue;
    const italic = part.startsWith('<i>');
    const text = decode(stripTags(part));
    if (text) runs.push(Object.freeze({ text, italic }));
  }
  return Object.freeze({
    text: runs
      .map((r) => r.text)
      .join('')
      .trim(),
    runs: Object.freeze(runs) as FormattedReference['runs'],
  });
}
