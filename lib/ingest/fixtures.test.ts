import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleParseError } from './errors';
import type { GraphDocument, WorkRecord } from './graph-document';
import { parseArticle } from './parse-article';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from './validate-input';

/**
 * Runs every article under tests/fixtures/articles against its `<name>.expected.json` (see the
 * README there for the keys). Files are read as bytes and go through decodeArticleBytes first,
 * exactly as the CLI and the ingest script read them.
 */
const DIR = fileURLToPath(new URL('../../tests/fixtures/articles/', import.meta.url));

interface Expected {
  error?: string;
  title?: string;
  sectionTitles?: string[];
  claims?: number;
  cited?: number[];
  listed?: number[];
  unlisted?: number[];
  entries?: number;
  entryNumbers?: number[];
  entryLines?: number[];
  firstCited?: number[];
  markers?: Record<string, number[]>;
  markerRaws?: Record<string, string[]>;
  kinds?: Record<string, string>;
  blocks?: Record<string, string>;
  works?: number | Record<string, Partial<WorkRecord> & { authors?: string[]; id?: string }>;
  sameWork?: number[][];
}

const articles = readdirSync(DIR)
  .filter((f) => /\.(valid|invalid)\.(txt|md)$/.test(f))
  .sort();

function nameOf(file: string): string {
  return file.replace(/\.(txt|md)$/, '');
}

function parseFile(file: string): GraphDocument {
  const slug = nameOf(file).replace(/\.(valid|invalid)$/, '');
  return parseArticle(decodeArticleBytes(readFileSync(`${DIR}${file}`)), { slug });
}

function claimWith(doc: GraphDocument, fragment: string) {
  const claim = doc.claims.find((c) => c.text.includes(fragment));
  expect(claim, `a claim containing "${fragment}"`).toBeDefined();
  return claim as NonNullable<typeof claim>;
}

function workOf(doc: GraphDocument, n: number): WorkRecord {
  const ref = doc.references.find((r) => r.number === n);
  const work = doc.works.find((w) => w.id === ref?.workId);
  expect(work, `the work of [${n}]`).toBeDefined();
  return work as WorkRecord;
}

function checkValid(doc: GraphDocument, want: Expected): void {
  if (want.title !== undefined) expect(doc.article.title).toBe(want.title);
  if (want.sectionTitles) expect(doc.sections.map((s) => s.title)).toEqual(want.sectionTitles);
  if (want.claims !== undefined) expect(doc.claims).toHaveLength(want.claims);
  const cited = [...new Set(doc.claims.flatMap((c) => c.cites))].sort((a, b) => a - b);
  if (want.cited) expect(cited).toEqual(want.cited);
  if (want.listed) expect(doc.references.filter((r) => r.listed).map((r) => r.number)).toEqual(want.listed);
  if (want.unlisted)
    expect(doc.references.filter((r) => !r.listed).map((r) => r.number)).toEqual(want.unlisted);
  if (want.entries !== undefined) expect(doc.entries).toHaveLength(want.entries);
  if (want.entryNumbers) expect(doc.entries.map((e) => e.number)).toEqual(want.entryNumbers);
  if (want.entryLines) expect(doc.entries.map((e) => e.line)).toEqual(want.entryLines);
  if (want.firstCited)
    expect([...new Set(doc.claims.flatMap((c) => c.markers.flatMap((m) => m.numbers)))]).toEqual(
      want.firstCited,
    );
  for (const [fragment, numbers] of Object.entries(want.markers ?? {}))
    expect(claimWith(doc, fragment).cites).toEqual(numbers);
  for (const [fragment, raws] of Object.entries(want.markerRaws ?? {})) {
    expect(claimWith(doc, fragment).markers.map((m) => m.raw)).toEqual(raws);
  }
  for (const [fragment, kind] of Object.entries(want.kinds ?? {}))
    expect(claimWith(doc, fragment).kind).toBe(kind);
  for (const [fragment, block] of Object.entries(want.blocks ?? {}))
    expect(claimWith(doc, fragment).block).toBe(block);
  if (typeof want.works === 'number') {
    expect(doc.works.filter((w) => w.raw !== null)).toHaveLength(want.works);
  } else {
    for (const [n, { authors, ...fields }] of Object.entries(want.works ?? {})) {
      const work = workOf(doc, Number(n));
      expect(work).toMatchObject(fields);
      if (authors) {
        expect(work.authorIds.map((id) => doc.authors.find((a) => a.id === id)?.display)).toEqual(authors);
      }
    }
  }
  for (const numbers of want.sameWork ?? []) {
    expect(new Set(numbers.map((n) => workOf(doc, n).id)).size).toBe(1);
  }
  // Invariants of every document: offsets point at the markers, references cover every number.
  for (const claim of doc.claims) {
    for (const m of claim.markers) expect(claim.text.slice(m.start, m.end)).toBe(m.raw);
  }
  const numbers = new Set([...cited, ...doc.entries.map((e) => e.number)]);
  expect(doc.references.map((r) => r.number)).toEqual([...numbers].sort((a, b) => a - b));
}

describe('fixture articles', () => {
  it('has at least a dozen fixtures, each with its expectations', () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
    const sidecars = new Set(readdirSync(DIR).filter((f) => f.endsWith('.expected.json')));
    for (const file of articles) expect(sidecars.has(`${nameOf(file)}.expected.json`), file).toBe(true);
  });

  it.each(articles)('%s', (file) => {
    const want = JSON.parse(readFileSync(`${DIR}${nameOf(file)}.expected.json`, 'utf8')) as Expected;
    if (file.includes('.invalid.')) {
      expect(want.error, 'an invalid fixture names its error code').toBeDefined();
      let thrown: unknown;
      try {
        parseFile(file);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ArticleParseError);
      expect((thrown as ArticleParseError).code).toBe(want.error);
      expect((thrown as ArticleParseError).problems.length).toBeGreaterThan(0);
    } else {
      expect(want.error).toBeUndefined();
      checkValid(parseFile(file), want);
    }
  });

  it('rejects a text over 5 MB (generated, too big to keep as a file)', () => {
    const big = new TextEncoder().encode(
      `${'Padding sentence here. '.repeat(MAX_ARTICLE_BYTES / 23 + 1)}[1]`,
    );
    expect(() => decodeArticleBytes(big)).toThrow(expect.objectContaining({ code: 'too_large' }));
  });
});
