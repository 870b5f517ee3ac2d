import { ParagraphMatcher } from './paragraph-matcher';

/** A paragraph of the truth, or a claim (or chunk) a linker produced, with the numbers it cites. */
export interface CitingText {
  text: string;
  cites: number[];
}

export interface LinkScore {
  /** (paragraph, reference) pairs found that the truth has, found that it has not, missed. */
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Paragraphs that cite (in the truth or as found) and those whose found set is exactly right. */
  citingParagraphs: number;
  exactParagraphs: number;
  /** Claims that cite something, and truth paragraphs that do. */
  citingClaims: number;
  truthCitingParagraphs: number;
  /** Citing claims whose text matched no truth paragraph (their citations count as false). */
  unmatchedClaims: number;
}

/**
 * Scores found citation links against the truth at paragraph level: each claim is placed in its
 * truth paragraph (paragraph-matcher.ts) and a paragraph's found set is the union of its claims'.
 */
export function scoreLinks(truth: CitingText[], found: CitingText[]): LinkScore {
  const { foundSets, unmatched } = placeClaims(truth, found);
  const score: LinkScore = {
    ...EMPTY_SCORE,
    falsePositives: unmatched.reduce((n, c) => n + new Set(c.cites).size, 0),
    citingClaims: found.filter((c) => c.cites.length > 0).length,
    truthCitingParagraphs: truth.filter((p) => p.cites.length > 0).length,
    unmatchedClaims: unmatched.length,
  };
  truth.forEach((paragraph, i) => {
    const expected = new Set(paragraph.cites);
    const got = foundSets[i] ?? new Set<number>();
    const hits = [...got].filter((n) => expected.has(n)).length;
    score.truePositives += hits;
    score.falsePositives += got.size - hits;
    score.falseNegatives += expected.size - hits;
    if (expected.size > 0 || got.size > 0) {
      score.citingParagraphs += 1;
      if (hits === expected.size && hits === got.size) score.exactParagraphs += 1;
    }
  });
  return score;
}

/** A paragraph whose found set is wrong, or a citing claim placed nowhere, for reading failures. */
export interface LinkDiff {
  text: string;
  extra: number[];
  missing: number[];
}

export function linkDiffs(truth: CitingText[], found: CitingText[]): LinkDiff[] {
  const { foundSets, unmatched } = placeClaims(truth, found);
  const diffs: LinkDiff[] = [];
  truth.forEach((paragraph, i) => {
    const got = [...(foundSets[i] ?? [])];
    const extra = got.filter((n) => !paragraph.cites.includes(n));
    const missing = paragraph.cites.filter((n) => !got.includes(n));
    if (extra.length + missing.length > 0) diffs.push({ text: paragraph.text, extra, missing });
  });
  for (const c of unmatched) diffs.push({ text: `(placed nowhere) ${c.text}`, extra: c.cites, missing: [] });
  return diffs;
}

function placeClaims(truth: CitingText[], found: CitingText[]) {
  const matcher = new ParagraphMatcher(truth.map((p) => p.text));
  const foundSets = truth.map(() => new Set<number>());
  const unmatched: CitingText[] = [];
  // Only claims that cite are placed: one that cites nothing adds no pair, and a short one
  // ("d - statistic") placed far away would move the matcher's cursor off the article's order.
  for (const claim of found) {
    if (claim.cites.length === 0) continue;
    const at = matcher.match(claim.text);
    if (at < 0) {
      unmatched.push(claim);
      continue;
    }
    for (const n of claim.cites) foundSets[at]?.add(n);
  }
  return { foundSets, unmatched };
}

export function addScores(a: LinkScore, b: LinkScore): LinkScore {
  const sum = { ...a };
  for (const key of Object.keys(b) as (keyof LinkScore)[]) sum[key] = a[key] + b[key];
  return sum;
}

export const EMPTY_SCORE: LinkScore = {
  truePositives: 0,
  falsePositives: 0,
  falseNegatives: 0,
  citingParagraphs: 0,
  exactParagraphs: 0,
  citingClaims: 0,
  truthCitingParagraphs: 0,
  unmatchedClaims: 0,
};

/** Precision, recall and F1 of pooled pairs (micro-averaged over the articles). */
export function prf(score: LinkScore): { precision: number; recall: number; f1: number } {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = score;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
