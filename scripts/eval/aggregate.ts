import type { EvalFormat } from './render/rendering';
import type { RenderingResult } from './score/evaluate-rendering';
import { addScores, EMPTY_SCORE, type LinkScore, prf } from './score/score-links';

/** One row of the report: a format and a citation style (or a corpus of its own), pooled. */
export interface GroupFigures {
  format: EvalFormat;
  group: string;
  articles: number;
  scored: number;
  /** Every article refused because the format has no reader yet. */
  unsupported: boolean;
  refused: Record<string, number>;
  app: LinkScore;
  baseline: LinkScore;
  referencesFound: number;
  referencesListed: number;
  /** Scored articles whose four citation sets equal the truth's. */
  setsExact: number;
  ms: number;
}

export function aggregate(format: EvalFormat, group: string, results: RenderingResult[]): GroupFigures {
  const figures: GroupFigures = {
    format,
    group,
    articles: results.length,
    scored: 0,
    unsupported:
      results.length > 0 && results.every((r) => r.status === 'refused' && r.code === 'unsupported_format'),
    refused: {},
    app: EMPTY_SCORE,
    baseline: EMPTY_SCORE,
    referencesFound: 0,
    referencesListed: 0,
    setsExact: 0,
    ms: 0,
  };
  for (const r of results) {
    figures.baseline = addScores(figures.baseline, r.baseline);
    figures.ms += r.ms;
    if (r.status === 'refused') {
      figures.refused[r.code] = (figures.refused[r.code] ?? 0) + 1;
      continue;
    }
    figures.scored += 1;
    figures.app = addScores(figures.app, r.app);
    figures.referencesFound += r.referencesFound;
    figures.referencesListed += r.referencesListed;
    if (r.setsExact) figures.setsExact += 1;
  }
  return figures;
}

/** The figures a reader compares, rounded for printing and for the JSON file. */
export function summary(f: GroupFigures) {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const app = prf(f.app);
  const base = prf(f.baseline);
  return {
    format: f.format,
    group: f.group,
    articles: f.articles,
    scored: f.scored,
    status: f.unsupported ? 'unsupported' : 'read',
    precision: round(app.precision),
    recall: round(app.recall),
    f1: round(app.f1),
    exactSetRate: round(f.app.citingParagraphs === 0 ? 0 : f.app.exactParagraphs / f.app.citingParagraphs),
    citingClaims: f.app.citingClaims,
    truthCitingParagraphs: f.app.truthCitingParagraphs,
    unmatchedClaims: f.app.unmatchedClaims,
    referencesFound: f.referencesFound,
    referencesListed: f.referencesListed,
    setsExact: f.setsExact,
    refused: f.refused,
    baselineF1: round(base.f1),
    baselinePrecision: round(base.precision),
    baselineRecall: round(base.recall),
    seconds: round(f.ms / 1000),
  };
}

export type GroupSummary = ReturnType<typeof summary>;
