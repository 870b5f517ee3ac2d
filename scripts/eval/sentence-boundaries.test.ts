import { beforeAll, describe, expect, it } from 'vitest';
import handSplit from '@/lib/ingest/segmentation-cases/corpus-paragraphs.json';
import { loadJatsCorpus } from './corpus';
import type { BoundaryScore } from './score/sentence-boundaries';
import { boundaryScores } from './sentence-report';

/**
 * Sentence boundaries on real prose: paragraphs, legends and table rows of the evaluation corpus
 * split by hand (lib/ingest/segmentation-cases/corpus-paragraphs.json), against the claims the
 * app makes of the rendered articles. The target: at least 99 % of boundaries right.
 */
const TARGET = 0.99;

describe('sentence boundaries on hand-split corpus paragraphs', () => {
  let scores: { paragraphs: BoundaryScore; rows: BoundaryScore; textRows: BoundaryScore };
  beforeAll(async () => {
    scores = await boundaryScores(await loadJatsCorpus());
  }, 120_000);

  it('has enough hand-split paragraphs and rows to measure', () => {
    expect(handSplit.paragraphs.length).toBeGreaterThanOrEqual(60);
    expect(handSplit.tableRows.length).toBeGreaterThanOrEqual(15);
  });

  it(`puts at least ${TARGET * 100} % of the boundaries where they were put by hand`, () => {
    const p = scores.paragraphs;
    const wrong = p.wrong.map(
      (w) => `  ${w.source}: ${w.app === null ? 'not given back' : w.appSentences.join(' ⏎ ')}`,
    );
    console.log(
      `sentence boundaries on ${p.blocks} paragraphs: ${p.correct} right of ${p.handBoundaries} by hand and ` +
        `${p.appBoundaries} by the app (accuracy ${p.accuracy.toFixed(3)}, P ${p.precision.toFixed(3)}, ` +
        `R ${p.recall.toFixed(3)}), ${(100 * p.exact).toFixed(1)} % split exactly\n${wrong.join('\n')}`,
    );
    expect(p.accuracy).toBeGreaterThanOrEqual(TARGET);
  });

  it('makes each table row one claim, in Markdown and in plain text without end pipes', () => {
    for (const [format, r] of [
      ['Markdown', scores.rows],
      ['plain text', scores.textRows],
    ] as const) {
      console.log(`table rows, ${format}: ${Math.round(r.exact * r.blocks)}/${r.blocks} one claim each`);
      expect(r.exact).toBeGreaterThanOrEqual(TARGET);
    }
  });
});
