import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { auditArticle } from './audit-article';
import { reportCsv } from './report-csv';
import { makeDocument } from './test-document';

describe('reportCsv', () => {
  it('writes one row per sentence that parses back to the report', () => {
    const report = auditArticle(
      makeDocument({ claims: ['Men, "often", withdraw.[1] [16]', '=SUM(A1) is risky.'], listed: [1] }),
    );
    const rows = Papa.parse<Record<string, string>>(reportCsv(report), { header: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      claim_id: 'doc/c0',
      status: 'partly_unlisted',
      cites: '1 16',
      unlisted: '16',
      text: 'Men, "often", withdraw.[1] [16]',
    });
    // A cell a spreadsheet would run as a formula is defused.
    expect(rows[1]?.text).toBe("'=SUM(A1) is risky.");
  });
});
