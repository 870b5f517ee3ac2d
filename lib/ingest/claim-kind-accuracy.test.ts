import { describe, expect, it } from 'vitest';
import { classifyClaim } from './claim-kind';
import labelled from './claim-kind-cases/labelled-sentences.json';

/**
 * "Needs evidence" (a claim the audit asks to back: kind "assertion") measured on sentences of real
 * prose labelled by hand (claim-kind-cases/labelled-sentences.json). Recall matters most: a missed
 * assertion is an uncited claim the audit never shows. The floors are the figures measured when the
 * rules were last changed (docs/accuracy.md, "Sentences and needs-evidence").
 */
const RECALL_FLOOR = 1;
const PRECISION_FLOOR = 0.875;

describe('needs evidence, on hand-labelled sentences', () => {
  const rows = labelled.sentences.map((s) => ({ ...s, predicted: classifyClaim(s.text) === 'assertion' }));
  const tp = rows.filter((r) => r.predicted && r.needsEvidence).length;
  const fp = rows.filter((r) => r.predicted && !r.needsEvidence);
  const fn = rows.filter((r) => !r.predicted && r.needsEvidence);

  it('has enough sentences to measure', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
  });

  it('reports precision and recall above their floors', () => {
    const precision = tp / (tp + fp.length);
    const recall = tp / (tp + fn.length);
    console.log(
      `needs evidence on ${rows.length} sentences: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        `\n  missed: ${fn.map((r) => r.text).join(' | ') || 'none'}\n  over-asked: ${fp.map((r) => `${r.text} (${r.label})`).join(' | ') || 'none'}`,
    );
    expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});
