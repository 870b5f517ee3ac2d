import { SaxesParser } from 'saxes';
import type { SourceReferenceFields } from '../document/source-document';

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** A cited work: a key naming it across citations, and its fields (docx-fields.ts's CslItem). */
export interface EndnoteItem {
  key: string;
  fields: SourceReferenceFields;
}

/**
 * EndNote's citation data in a Word field. EndNote (Cite While You Write) writes each citation as
 * a field "ADDIN EN.CITE <EndNote><Cite>…</Cite></EndNote>" whose instruction is XML, one <Cite>
 * per cited work:
 *
 *   <Cite><Author>Walker</Author><Year>2009</Year><RecNum>12</RecNum><DisplayText>[1]</DisplayText>
 *   <record><rec-number>12</rec-number><contributors><authors><author>Walker, M. P.</author>
 *   </authors></contributors><titles><title>…</title><secondary-title>…</secondary-title></titles>
 *   <volume>…</volume><number>…</number><pages>…</pages><dates><year>2009</year></dates>
 *   <electronic-resource-num>10.…</electronic-resource-num></record></Cite>
 *
 * or, when the data is long, "ADDIN EN.CITE" holding a nested field "ADDIN EN.CITE.DATA" whose
 * begin <w:fldChar> carries the same XML base64-encoded in a <w:fldData>. Any text may be wrapped
 * in <style face=… > elements, which say nothing about the field. The bibliography is the field
 * "ADDIN EN.REFLIST", one paragraph per entry, read like Zotero's (docx-fields.ts).
 */
const MAX_CITES = 500;
const MAX_AUTHORS = 500;
/** Elements deeper than this are not read (EndNote's own XML is a few levels deep). */
const MAX_DEPTH = 64;

/** The record's elements read, by their path under <record> (<style> wrappers left out). */
const RECORD_PATHS = new Set([
  'rec-number',
  'database',
  'contributors/authors/author',
  'titles/title',
  'titles/secondary-title',
  'periodical/full-title',
  'volume',
  'number',
  'pages',
  'dates/year',
  'publisher',
  'electronic-resource-num',
  'accession-num',
  'urls/related-urls/url',
]);

type Record = Map<string, string[]>;

interface Cite {
  /** The <Cite>'s own elements (Author, Year, RecNum). */
  own: Map<string, string>;
  record: Record | null;
}

const first = (record: Record, path: string): string | null => {
  const text = collapse(record.get(path)?.[0] ?? '').trim();
  return text === '' ? null : text;
};

/** "Walker, M. P." -> Walker / M. P.; "World Health Organization," -> one name; "M. P. Walker" -> Walker. */
function person(name: string): { family: string; given: string | null } | null {
  const text = collapse(name).trim().replace(/,$/, '').trim();
  if (text === '') return null;
  const comma = text.indexOf(',');
  if (comma > 0) {
    const given = text.slice(comma + 1).trim();
    return { family: text.slice(0, comma).trim(), given: given === '' ? null : given };
  }
  const space = text.lastIndexOf(' ');
  // Several words without a comma name an organisation more often than a reversed person.
  return space > 0 && /^(?:\p{Lu}\.\s?)+$/u.test(text.slice(0, space).trim())
    ? { family: text.slice(space + 1), given: text.slice(0, space).trim() }
    : { family: text, given: null };
}

const yearOf = (text: string | null | undefined): number | null => {
  const m = /\b(1\d{3}|2\d{3})\b/.exec((text ?? '').slice(0, 100));
  return m ? Number(m[1]) : null;
};

/** A record's fields as the reference entry states them. */
function recordFields(cite: Cite): SourceReferenceFields {
  const record = cite.record ?? new Map<string, string[]>();
  const authors = (record.get('contributors/authors/author') ?? [])
    .slice(0, MAX_AUTHORS)
    .flatMap((a) => person(a) ?? []);
  const citedAuthor = cite.own.get('Author');
  const doi = first(record, 'electronic-resource-num');
  const accession = first(record, 'accession-num');
  return {
    ...(authors.length > 0
      ? { authors }
      : citedAuthor
        ? { authors: [{ family: citedAuthor, given: null }] }
        : {}),
    year: yearOf(first(record, 'dates/year')) ?? yearOf(cite.own.get('Year')),
    title: first(record, 'titles/title'),
    container:
      first(record, 'titles/secondary-title') ??
      first(record, 'periodical/full-title') ??
      first(record, 'publisher'),
    volume: first(record, 'volume'),
    issue: first(record, 'number'),
    pages: first(record, 'pages'),
    // EndNote keeps a DOI in "electronic resource number", sometimes as a link or with a prefix.
    doi: doi && /\b10\.\d{4,9}\//.test(doi) ? doi.replace(/^.*?(?=10\.\d{4,9}\/)/, '') : null,
    // PubMed imports put the PMID in the accession number.
    pmid: accession && /^\d{1,9}$/.test(accession) ? accession : null,
    url: first(record, 'urls/related-urls/url'),
  };
}

/** The works an EndNote citation's XML cites, or null when it is not readable EndNote XML. */
export function endnoteItems(xml: string): EndnoteItem[] | null {
  const start = xml.indexOf('<EndNote');
  if (start < 0) return null;
  const parser = new SaxesParser({ xmlns: false });
  const cites: Cite[] = [];
  const path: string[] = [];
  let cite: Cite | null = null;
  /** Index in `path` of the open <record>, or -1. */
  let recordAt = -1;
  let failure = false;
  parser.on('error', () => {
    failure = true;
  });
  /** The values of the record element being read, when it is one of RECORD_PATHS. */
  let field: string[] | null = null;
  const recordPath = () =>
    path
      .slice(recordAt + 1)
      .filter((n) => n !== 'style')
      .join('/');
  parser.on('opentag', (tag) => {
    path.push(tag.name);
    if (path.length > MAX_DEPTH) return;
    const current = cite as Cite | null;
    if (tag.name === 'Cite' && cites.length < MAX_CITES) {
      cite = { own: new Map(), record: null };
      cites.push(cite);
    } else if (tag.name === 'record' && current && recordAt < 0) {
      current.record = new Map();
      recordAt = path.length - 1;
    } else if (recordAt >= 0 && current?.record && tag.name !== 'style') {
      const key = recordPath();
      field = null;
      if (RECORD_PATHS.has(key)) {
        // Each element is one value: two <author> elements are two authors.
        const values = current.record.get(key) ?? [];
        values.push('');
        current.record.set(key, values);
        field = values;
      }
    }
  });
  parser.on('closetag', (tag) => {
    path.pop();
    if (tag.name === 'Cite') cite = null;
    if (recordAt >= path.length) recordAt = -1;
    if (tag.name !== 'style') field = null;
  });
  parser.on('text', (text) => {
    const current = cite as Cite | null;
    if (!current || path.length > MAX_DEPTH) return;
    if (recordAt >= 0) {
      if (field) field[field.length - 1] += text;
      return;
    }
    const own = path[path.length - 1];
    if (own && path[path.length - 2] === 'Cite') current.own.set(own, (current.own.get(own) ?? '') + text);
  });
  try {
    parser.write(xml.slice(start)).close();
  } catch {
    return null;
  }
  if (failure || cites.length === 0) return null;
  return cites.flatMap((c) => {
    const fields = recordFields(c);
    const number = c.record ? first(c.record, 'rec-number') : null;
    const database = c.record ? first(c.record, 'database') : null;
    const recNum = number ?? collapse(c.own.get('RecNum') ?? '').trim();
    const key = recNum ? `endnote:${database ?? ''}:${recNum}` : (fields.title ?? null);
    return key ? [{ key, fields }] : [];
  });
}

/** EndNote's base64 field data, decoded; null when it is not base64. */
export function decodeFieldData(data: string): string | null {
  const text = data.replace(/\s+/g, '');
  if (text === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 === 1) return null;
  return Buffer.from(text, 'base64').toString('utf8');
}
