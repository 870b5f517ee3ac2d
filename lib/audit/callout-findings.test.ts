import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/ingest/parse-article';
import { auditArticle } from './audit-article';
import { reportCsv } from './report-csv';
import { makeDocument } from './test-document';

describe('suspicious_range', () => {
  it('reports a year range and a too-wide range with the claim and the marker as written', () => {
    const report = auditArticle(
      makeDocument({
        claims: ['Cases rose [2010–2020].', 'Many agree [1-500].', 'Few agree [1].'],
        listed: [1],
      }),
    );
    expect(report.findings.suspicious_range.map((r) => [r.claim_id, r.marker])).toEqual([
      ['doc/c0', '[2010–2020]'],
      ['doc/c1', '[1-500]'],
    ]);
    expect(report.summary.findings.suspicious_range).toBe(2);
    const rows = Papa.parse<Record<string, string>>(reportCsv(report), { header: true }).data;
    expect(rows.map((r) => r.callout_findings)).toEqual([
      'suspicious_range [2010–2020]',
      'suspicious_range [1-500]',
      '',
    ]);
  });
});

describe('style', () => {
  it('is numeric for bracket markers, author-date for name-year callouts, mixed for both', () => {
    expect(auditArticle(makeDocument({ claims: ['Sleep helps [1].'], listed: [1] })).style).toBe('numeric');
    const doc = makeDocument({ claims: ['Sleep helps (Lee, 2018).', 'Naps help [1].'], listed: [1] });
    const [first, second] = doc.claims;
    if (!first || !second) throw new Error('two claims expected');
    first.markers = [{ raw: '(Lee, 2018)', numbers: [1], start: 12, end: 23 }];
    first.cites = [1];
    expect(auditArticle({ ...doc, claims: [first] }).style).toBe('author-date');
    expect(auditArticle({ ...doc, claims: [first, second] }).style).toBe('mixed');
  });
});

describe('citation keys, "[Boon2012]"', () => {
  const article = (list: string) =>
    auditArticle(
      parseArticle(
        `Blocks\n\nThe method goes back to [Lind2012] and [Okafor2009]. A solver follows [Lind2013b].\n\nReferences\n\n${list}\n`,
        { slug: 'keys' },
      ),
    );

  it('are author–date callouts against an unlabelled list: its style, no citation-order finding, an ambiguous key reported', () => {
    const report = article(
      [
        'Lind CW (2013) Modelling jointed rock masses. D.Phil. Thesis, University of Oxford.',
        'Lind CW (2012) A new algorithm for contact detection. Computers and Geotechnics, 44: 73-82.',
        'Okafor GT (2009) Potential particles in DEM. Computers and Geotechnics, 36(6): 953-959.',
        'Lind CW (2013) Contact detection in three dimensions. Powder Technology, 248: 94-102.',
      ].join('\n\n'),
    );
    expect(report.style).toBe('author-date');
    expect(report.findings.numbering).toEqual([]);
    expect(report.findings.ambiguous_callout.map((f) => [f.callout, f.candidates])).toEqual([
      ['[Lind2013b]', [1, 4]],
    ]);
  });

  it('are labels against a list labelled by them', () => {
    const report = article(
      [
        '[Lind2012] Lind CW (2012) A new algorithm for contact detection. Computers and Geotechnics, 44: 73-82.',
        '[Okafor2009] Okafor GT (2009) Potential particles in DEM. Computers and Geotechnics, 36(6): 953-959.',
        '[Lind2013b] Lind CW (2013) Contact detection in three dimensions. Powder Technology, 248: 94-102.',
      ].join('\n\n'),
    );
    expect(report.style).toBe('numeric');
    expect(report.findings.ambiguous_callout).toEqual([]);
    expect(report.claims.flatMap((c) => c.cites)).toEqual([1, 2, 3]);
  });
});
