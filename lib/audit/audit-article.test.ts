import { describe, expect, it } from 'vitest';
import { auditReportSchema } from '@/lib/schemas/audit-report';
import { auditArticle } from './audit-article';
import { makeDocument } from './test-document';

const doc = makeDocument({
  sections: ['Introduction', 'Signs'],
  claims: [
    { text: 'Are you dating an emotionally unavailable man?', kind: 'question' },
    'Masculine norms shape emotion.[1] [2]',
    'Narcissistic Personality Disorder is characterized by a lack of empathy.[16]',
    'Partners drift apart.',
    { text: 'Research shows 40% of men withdraw because of shame.', section: 1 },
    { text: 'This keeps you insecure.[2] [17]', section: 1 },
    { text: 'Lead with compassion.', kind: 'advice', section: 1 },
    { text: 'Here are some signs:', kind: 'other', section: 1 },
  ],
  listed: [1, 2, 3],
});

describe('auditArticle', () => {
  const report = auditArticle(doc);

  it('produces a report the shared schema accepts', () => {
    expect(auditReportSchema.parse(report)).toEqual(report);
  });

  it('gives each claim a status', () => {
    expect(report.claims.map((c) => c.status)).toEqual([
      'not_a_claim',
      'backed',
      'unlisted_only',
      'uncited',
      'uncited',
      'partly_unlisted',
      'not_a_claim',
      'not_a_claim',
    ]);
  });

  it('compares the numbers cited with the numbers listed', () => {
    expect(report.references_listed).toEqual([1, 2, 3]);
    expect(report.markers_cited).toEqual([1, 2, 16, 17]);
    expect(report.cited_not_listed).toEqual([16, 17]);
    expect(report.listed_not_cited).toEqual([3]);
    expect(report.findings.cited_not_listed).toEqual([
      { number: 16, claim_ids: ['doc/c2'] },
      { number: 17, claim_ids: ['doc/c5'] },
    ]);
    expect(report.findings.partly_unlisted).toEqual([
      {
        claim_id: 'doc/c5',
        section: 'Signs',
        text: 'This keeps you insecure.[2] [17]',
        listed: [2],
        unlisted: [17],
      },
    ]);
  });

  it('ranks uncited claims by risk', () => {
    expect(report.findings.uncited.map((f) => f.claim_id)).toEqual(['doc/c4', 'doc/c3']);
    expect(report.findings.uncited[0]?.risk).toBeGreaterThan(report.findings.uncited[1]?.risk ?? Infinity);
  });

  it('sums up: coverage is backed over claims that need evidence', () => {
    expect(report.summary).toMatchObject({
      claims: 5,
      backed: 1,
      partly_unlisted: 1,
      unlisted_only: 1,
      uncited: 2,
      not_a_claim: 3,
      coverage: 0.2,
    });
    expect(report.summary.findings).toMatchObject({ uncited: 2, cited_not_listed: 2, listed_not_cited: 1 });
    expect(report.coverage_by_section).toEqual([
      { section_id: 'doc/s0', section: 'Introduction', claims: 3, backed: 1, coverage: 0.3333 },
      { section_id: 'doc/s1', section: 'Signs', claims: 2, backed: 0, coverage: 0 },
    ]);
  });

  it('lists every cited or listed number with its entry and the claims citing it', () => {
    expect(report.references.map((r) => [r.number, r.listed, r.raw, r.cited_by])).toEqual([
      [1, true, 'Entry 1', ['doc/c1']],
      [2, true, 'Entry 2', ['doc/c1', 'doc/c5']],
      [3, true, 'Entry 3', []],
      [16, false, null, ['doc/c2']],
      [17, false, null, ['doc/c5']],
    ]);
  });

  it('finds no numbering anomaly when first citations ascend and the list has no gap', () => {
    expect(report.findings.numbering).toEqual([]);
    const late = auditArticle(makeDocument({ claims: ['A.[1]', 'B.[3]', 'C.[2]'], listed: [1, 2, 3] }));
    expect(late.findings.numbering.map((f) => f.message)).toEqual(['[3] is first cited before [2]']);
  });
});
