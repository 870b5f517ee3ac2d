import labelled from '@/lib/ingest/claim-kind-cases/labelled-sentences.json';
import handSplit from '@/lib/ingest/segmentation-cases/corpus-paragraphs.json';
import { renderMarkdown } from './render/render-markdown';
import type { Renderer } from './render/rendering';
import { renderText } from './render/render-text';
import { scoreNeedsEvidence } from './score/needs-evidence';
import {
  appSentences,
  type BoundaryScore,
  type HandSplit,
  scoreBoundaries,
} from './score/sentence-boundaries';
import type { TruthArticle } from './truth/truth-article';

/**
 * Sentence boundaries on the hand-split paragraphs of the corpus, read as a plain-text file, and
 * table rows, read from the Markdown rendering where they are written as a table (the plain-text
 * rendering writes rows without end pipes, which the plain-text reader takes for headings).
 */
export async function boundaryScores(
  articles: readonly TruthArticle[],
): Promise<{ paragraphs: BoundaryScore; rows: BoundaryScore }> {
  const loaded = (blocks: HandSplit[]) => blocks.filter((b) => articles.some((a) => a.id === b.source));
  const score = async (blocks: HandSplit[], render: Renderer) =>
    scoreBoundaries(blocks, await appSentences(articles, blocks, render));
  return {
    paragraphs: await score(loaded(handSplit.paragraphs), renderText),
    rows: await score(loaded(handSplit.tableRows), renderMarkdown),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** The lines `npm run eval` prints after its table. */
export async function sentenceReport(articles: readonly TruthArticle[]): Promise<string> {
  const { paragraphs: p, rows } = await boundaryScores(articles);
  const evidence = scoreNeedsEvidence(labelled.sentences);
  return [
    `Sentence boundaries, ${p.blocks} hand-split paragraphs (${p.handBoundaries} boundaries, text): ` +
      `${pct(p.accuracy)} right, P ${p.precision.toFixed(3)}, R ${p.recall.toFixed(3)}, ${pct(p.exact)} split exactly` +
      (p.unmatched > 0 ? `, ${p.unmatched} not given back by the reader` : ''),
    `Table rows, ${rows.blocks} (Markdown): ${pct(rows.exact)} one claim each`,
    `Needs evidence, ${evidence.sentences} hand-labelled sentences: P ${evidence.precision.toFixed(3)}, R ${evidence.recall.toFixed(3)}`,
  ].join('\n');
}
