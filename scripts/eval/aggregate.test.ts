import { describe, expect, it } from 'vitest';
import { aggregate, summary } from './aggregate';
import { reportTable } from './report-table';
import { EMPTY_SCORE } from './score/score-links';

const score = (tp: number, fp: number, fn: number) => ({
  ...EMPTY_SCORE,
  truePositives: tp,
  falsePositives: fp,
  falseNegatives: fn,
  citingParagraphs: 2,
  exactParagraphs: 1,
});

describe('aggregate', () => {
  it('pools pairs over scored articles and counts refusals by code apart', () => {
    const row = summary(
      aggregate('text', 'numeric', [
        {
          status: 'scored',
          app: score(8, 0, 2),
          baseline: score(5, 0, 5),
          referencesFound: 3,
          referencesListed: 4,
          setsExact: true,
          ms: 500,
          diffs: [],
        },
        {
          status: 'scored',
          app: score(2, 2, 0),
          baseline: score(0, 0, 2),
          referencesFound: 2,
          referencesListed: 2,
          setsExact: false,
          ms: 500,
          diffs: [],
        },
        { status: 'refused', code: 'no_markers', message: 'x', baseline: EMPTY_SCORE, ms: 10 },
      ]),
    );
    expect(row).toMatchObject({
      articles: 3,
      scored: 2,
      status: 'read',
      precision: 0.833,
      recall: 0.833,
      exactSetRate: 0.5,
      referencesFound: 5,
      referencesListed: 6,
      setsExact: 1,
      refused: { no_markers: 1 },
      seconds: 1.01,
    });
  });

  it('reports a format whose every article is refused as unsupported, not as zero', () => {
    const row = summary(
      aggregate('docx', 'numeric', [
        { status: 'refused', code: 'unsupported_format', message: 'x', baseline: EMPTY_SCORE, ms: 1 },
      ]),
    );
    expect(row.status).toBe('unsupported');
    expect(reportTable([row])).toContain('unsupported (no reader yet)');
  });
});
