import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvDate, parseRetractionWatchCsv, RetractionCsvError } from './retraction-watch-csv';

const VALID = readFileSync('tests/fixtures/sources/retraction-watch.valid.csv', 'utf8');
const HEADER = VALID.split('\n')[0] as string;

function problems(text: string): string[] {
  try {
    parseRetractionWatchCsv(text, 'rw.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(RetractionCsvError);
    return (error as RetractionCsvError).problems;
  }
  throw new Error('expected the CSV to be refused');
}

describe('Retraction Watch CSV', () => {
  const parsed = parseRetractionWatchCsv(VALID);

  it('keeps the rows whose nature matters and that can be matched', () => {
    expect(parsed.rows).toBe(6);
    expect(parsed.records.map((r) => [r.record_id, r.nature])).toEqual([
      ['900001', 'retraction'],
      ['900002', 'expression_of_concern'],
      ['900003', 'retraction'],
      ['900004', 'retraction'],
    ]);
    // The reinstatement and the unknown nature are left out, and the unknown one is named.
    expect(parsed.skipped).toEqual({ nature: 2, unmatchable: 0 });
    expect(parsed.unknownNatures).toEqual({ 'Mystery Notice': 1 });
  });

  it('brings identifiers, dates and reasons to one form', () => {
    const [first, second, third, fourth] = parsed.records;
    expect(first).toMatchObject({
      doi: '10.5555/claimtrace.retracted',
      pmid: null,
      year: 2003,
      date: '2019-02-14',
      notice_doi: '10.5555/claimtrace.retraction-notice',
      reasons: ['Falsification/Fabrication of Data', 'Investigation by Journal/Publisher'],
      title_key: 'a-nap-restores-the-capacity-to-learn',
    });
    expect(second?.doi).toBe('10.5555/claimtrace.concern');
    expect(third).toMatchObject({ doi: null, notice_doi: null, year: 2012 });
    expect(fourth).toMatchObject({ doi: null, pmid: '19990001' });
  });

  it('reads US and ISO dates', () => {
    expect(csvDate('6/22/2003 0:00')).toBe('2003-06-22');
    expect(csvDate('2024-01-15')).toBe('2024-01-15');
    expect(csvDate('')).toBeNull();
  });

  it('refuses an empty file, a binary one, and a header without rows', () => {
    expect(problems('')).toEqual(['the file is empty']);
    expect(problems('PK\u0003\u0004\u0000\u0000')).toEqual(['the file is not text (it holds NUL bytes)']);
    expect(problems(`${HEADER}\n`)).toEqual(['the file has a header but no rows']);
  });

  it('names the columns that are missing', () => {
    const [problem] = problems('Record ID,Title,Journal\n1,A title,A journal\n');
    expect(problem).toContain('missing columns OriginalPaperDate, OriginalPaperDOI');
  });

  it('refuses a row with an unclosed quote instead of swallowing the rest of the file', () => {
    const broken = `${HEADER}\n900010,"An unclosed title,x,y,z,a,b,c,d,e,1/1/2020 0:00,,0,1/1/2019 0:00,10.5555/a,0,Retraction,+x;,No,,\n`;
    expect(problems(broken)[0]).toMatch(/^row \d+: /);
  });

  it('refuses a row without a Record ID', () => {
    const row = ',A title,,,,,,,,,1/1/2020 0:00,,0,1/1/2019 0:00,10.5555/a,0,Retraction,+x;,No,,';
    expect(problems(`${HEADER}\n${row}\n`)).toEqual(['row 2: no Record ID']);
  });
});
