import { nameKey } from '@/lib/ingest/author-date/names';
import { isWhitespace, replaceAround, trimEndOf, trimOf } from '@/lib/text/scan';
import { FIELD_NAMES, type FieldName, type TruthFields } from './field-truth';

/**
 * What a reader made of one entry, in the shape its tags are compared with: family names in
 * order, the year with its letter, the rest as text. Null: the reader found nothing.
 */
export type ReadFields = Record<FieldName, string | string[] | null>;

export const NOTHING_READ: ReadFields = {
  authors: null,
  year: null,
  title: null,
  container: null,
  volume: null,
  issue: null,
  pages: null,
  doi: null,
  url: null,
};

export interface FieldOutcome {
  field: FieldName;
  exact: boolean;
  expected: string;
  got: string;
}

/*
 * "Exact" is what a person checking the entry would accept as the same field, no looser:
 * - every field: Unicode NFC, runs of white space as one space, typographic dashes (– — ‐ −) as
 *   "-", curly quotes as straight, and the punctuation that closes a field in print (". , ; :")
 *   at its ends ignored. Letters, case and "?" / "!" count: "The SANT domain?" is not "The SANT
 *   domain". Quotes around a whole title are the style's, not the title's.
 * - authors: the family names, in order and all of them (the printed "et al." is not a name);
 *   case, diacritics, apostrophes and hyphens ignored ("Baron‐Cohen" = "baron-cohen").
 * - pages: spaces around the dash and a "p." / "pp." label ignored; a range "12-12" is "12".
 * - DOI: case ignored (DOIs are case-insensitive), a "https://doi.org/" or "doi:" prefix ignored.
 * - URL: its scheme and one closing "/" ignored, as a browser would.
 */
const DASHES = /[\u2010-\u2015\u2212]/g;

function plain(text: string): string {
  let t = text.normalize('NFC').replace(DASHES, '-').replace(/[“”„]/g, '"').replace(/[‘’]/g, "'");
  t = trimOf(t.replace(/\s+/g, ' '), isClosingMark);
  return /^"[^"]*"$/.test(t) ? trimEndOf(t.slice(1, -1), isClosingMark) : t;
}

const isClosingMark = (c: string) => isWhitespace(c) || '.,;:'.includes(c);

function pages(text: string): string {
  const t = replaceAround(plain(text).replace(/^pp?\.\s*/i, ''), /-/g, '-');
  const [first, last, ...more] = t.split('-');
  return more.length === 0 && first === last && first !== undefined ? first : t;
}

const doi = (text: string) =>
  plain(text)
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
    .toLowerCase();
const url = (text: string) =>
  plain(text)
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');

const NORMALISE: Record<Exclude<FieldName, 'authors'>, (text: string) => string> = {
  year: plain,
  title: plain,
  container: plain,
  volume: plain,
  issue: plain,
  pages,
  doi,
  url,
};

const show = (value: string | string[] | null | undefined) =>
  value === null || value === undefined ? '∅' : Array.isArray(value) ? value.join('; ') : value;

function same(field: FieldName, expected: string | string[], got: string | string[] | null): boolean {
  if (got === null) return false;
  if (field === 'authors') {
    const a = (Array.isArray(expected) ? expected : [expected]).map(nameKey);
    const b = (Array.isArray(got) ? got : [got]).map(nameKey);
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  const norm = NORMALISE[field];
  return norm(String(expected)) === norm(String(got));
}

/** One outcome per field the tags state; the fields they leave out are not scored. */
export function compareFields(truth: TruthFields, read: ReadFields): FieldOutcome[] {
  return FIELD_NAMES.flatMap((field) => {
    const expected = truth[field];
    if (expected === undefined) return [];
    const got = read[field];
    return [{ field, exact: same(field, expected, got), expected: show(expected), got: show(got) }];
  });
}
