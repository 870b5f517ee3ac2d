import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import type { SourceCheck, SourceRecord } from '@/lib/schemas/sources';
import { parseRetractionWatchCsv } from '@/lib/sources/retraction-watch-csv';
import { auditArticle } from './audit-article';
import { compareClaimRisk } from './source-findings';

/*
 * The source rules on tests/fixtures/sources/cited-sources.valid.md, with checks as Crossref's
 * answers in tests/fixtures/crossref/ give them and the small Retraction Watch CSV beside it.
 * Expected findings are written from the design of those fixtures (their README), not from a run.
 */
const AT = '2026-01-10T12:00:00.000Z';
let doc: GraphDocument;
beforeAll(async () => {
  doc = await readArticleFile('tests/fixtures/sources/cited-sources.valid.md');
});

const record = (fields: Partial<SourceRecord> & { doi: string }): SourceRecord => ({
  title: null,
  years: [],
  first_author: null,
  venues: [],
  type: 'journal-article',
  updates: [],
  ...fields,
});
const found = (doi: string, fields: Partial<SourceRecord>): [string, SourceCheck] => [
  `work:doi:${doi}`,
  {
    work_id: `work:doi:${doi}`,
    query: `doi:${doi}`,
    checked_at: AT,
    outcome: 'found',
    record: record({ doi, ...fields }),
    score: null,
  },
];

function checks(): Map<string, SourceCheck> {
  const entry = (n: number) => doc.entries.find((e) => e.number === n)?.raw.replace(/^\[\d+\]\s*/, '') ?? '';
  const workOf = (n: number) => doc.references.find((r) => r.number === n)?.workId ?? '';
  return new Map([
    found('10.5555/claimtrace.clean', {
      title: 'Sleep-dependent consolidation of new facts',
      years: [2004],
      first_author: 'Arden',
      venues: ['Journal of Sleep Studies', 'J Sleep Stud'],
    }),
    found('10.5555/claimtrace.retracted', {
      title: 'A nap restores the capacity to learn',
      years: [2003],
      first_author: 'Brandt',
      venues: ['Nature of Rest'],
      updates: [
        {
          nature: 'retraction',
          notice_doi: '10.5555/claimtrace.retraction-notice',
          date: '2019-02-14',
          source: 'crossref',
        },
      ],
    }),
    found('10.5555/claimtrace.mismatch', {
      title: 'Sleep deprivation and false memories: Evidence from a misinformation task',
      years: [2016],
      first_author: 'Weller',
      venues: ['Memory Science'],
    }),
    [
      'work:doi:10.5555/claimtrace.missing',
      {
        work_id: 'work:doi:10.5555/claimtrace.missing',
        query: 'doi:10.5555/claimtrace.missing',
        checked_at: AT,
        outcome: 'not_found',
        record: null,
        score: null,
      },
    ],
    [
      workOf(5),
      {
        work_id: workOf(5),
        query: `bibliographic:${entry(5)}`,
        checked_at: AT,
        outcome: 'matched',
        record: record({
          doi: '10.5555/claimtrace.suggested',
          title: 'Rehearsal before sleep and the recall of word lists',
          years: [2010],
          first_author: 'Ekwueme',
          venues: ['Learning and Memory Letters'],
        }),
        score: 87.4,
      },
    ],
    [
      workOf(6),
      {
        work_id: workOf(6),
        query: `bibliographic:${entry(6)}`,
        checked_at: AT,
        outcome: 'matched',
        record: record({
          doi: '10.5555/claimtrace.weak',
          title: 'Spindle density in older adults',
          years: [2018],
        }),
        score: 24.8,
      },
    ],
    found('10.5555/claimtrace.corrected', {
      title: 'Morning coffee and sustained attention',
      years: [2015],
      first_author: 'Holm',
      venues: ['Attention Research'],
      updates: [
        {
          nature: 'correction',
          notice_doi: '10.5555/claimtrace.correction-notice',
          date: '2016-01-05',
          source: 'crossref',
        },
      ],
    }),
  ]);
}

const retractions = () =>
  parseRetractionWatchCsv(readFileSync('tests/fixtures/sources/retraction-watch.valid.csv', 'utf8')).records;

describe('source findings', () => {
  it('a report without source data has none, and its claims no flags', () => {
    const report = auditArticle(doc);
    expect(report).not.toHaveProperty('source_findings');
    expect(report.claims.some((c) => 'source_flags' in c)).toBe(false);
  });

  it('with no checks and no notices the list is there and empty', () => {
    expect(auditArticle(doc, { checks: new Map(), retractions: [] }).source_findings).toEqual([]);
  });

  it('from Crossref checks: retraction, missing DOI, mismatched fields, correction, suggested DOI', () => {
    const findings = auditArticle(doc, { checks: checks(), retractions: [] }).source_findings ?? [];
    expect(findings.map((f) => [f.number, f.kind])).toEqual([
      [2, 'retracted_source'],
      [4, 'doi_not_found'],
      [3, 'metadata_mismatch'],
      [8, 'corrected_source'],
      [5, 'doi_suggested'],
    ]);
    const mismatch = findings.find((f) => f.kind === 'metadata_mismatch');
    // The subtitle the entry leaves off is no mismatch; the year and the first author are.
    expect(mismatch?.detail.fields).toEqual([
      { field: 'year', entry: '2014', record: '2016' },
      { field: 'first_author', entry: 'Castell', record: 'Weller' },
    ]);
    expect(findings.find((f) => f.kind === 'doi_suggested')?.detail).toMatchObject({
      doi: '10.5555/claimtrace.suggested',
      score: 87.4,
    });
    expect(findings.find((f) => f.kind === 'retracted_source')?.detail).toMatchObject({
      match: 'doi',
      message: 'retracted on 2019-02-14 (notice 10.5555/claimtrace.retraction-notice), per Crossref',
    });
  });

  it('from Retraction Watch alone: by DOI, by PMID, and by title and year only as possible', () => {
    const findings =
      auditArticle(doc, { checks: new Map(), retractions: retractions() }).source_findings ?? [];
    expect(findings.map((f) => [f.number, f.kind, f.detail.match])).toEqual([
      [2, 'retracted_source', 'doi'],
      [9, 'retracted_source', 'pmid'],
      [7, 'expression_of_concern', 'doi'],
      [6, 'possibly_retracted', 'title_year'],
    ]);
    expect(findings[0]?.detail.reasons).toEqual([
      'Falsification/Fabrication of Data',
      'Investigation by Journal/Publisher',
    ]);
    // Record 900006 names [1]'s DOI with a nature this code does not know: it flags nothing.
    expect(findings.some((f) => f.number === 1)).toBe(false);
  });

  it('both sources about one retraction make one finding that names both', () => {
    const findings =
      auditArticle(doc, { checks: checks(), retractions: retractions() }).source_findings ?? [];
    const retracted = findings.filter((f) => f.number === 2);
    expect(retracted.map((f) => f.kind)).toEqual(['retracted_source']);
    expect(retracted[0]?.detail.message).toMatch(/per Crossref and Retraction Watch$/);
  });

  it('every claim citing a retracted work carries the flag and ranks above every uncited claim', () => {
    const report = auditArticle(doc, { checks: checks(), retractions: retractions() });
    const citing2 = report.claims.filter((c) => c.cites.includes(2));
    expect(citing2.map((c) => c.source_flags)).toEqual([[{ number: 2, kind: 'retracted_source' }]]);
    const ranked = [...report.claims].sort(compareClaimRisk);
    expect(ranked.slice(0, 3).map((c) => c.cites)).toEqual([[2], [9], [7]]);
  });

  it('a check made for an entry since changed is not used', () => {
    const stale = checks();
    const id = 'work:doi:10.5555/claimtrace.missing';
    stale.set(id, { ...(stale.get(id) as SourceCheck), query: 'doi:10.5555/another' });
    const findings = auditArticle(doc, { checks: stale, retractions: [] }).source_findings ?? [];
    expect(findings.some((f) => f.kind === 'doi_not_found')).toBe(false);
  });
});
