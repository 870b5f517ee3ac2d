import labelled from '@/lib/ingest/claim-kind-cases/labelled-sentences.json';
import handSplit from '@/lib/ingest/segmentation-cases/corpus-paragraphs.json';
import { renderMarkdown } from './render/render-markdown';
import { renderText } from './render/render-text';
import type { Renderer } from './render/rendering';
import { scoreNeedsEvidence } from './score/needs-evidence';
import {
  appSentences,
  type BoundaryScore,
  type HandSplit,
  scoreBoundaries,
} from './score/sentence-boundaries';
import { webBoundaryScore } from './score/web-sentences';
import type { TruthArticle } from './truth/truth-article';

/**
 * Sentence boundaries on the hand-split paragraphs of the corpus, read as a plain-text file, and
 * table rows, read from the Markdown rendering where they are written as a table and from the
 * plain-text one, which writes each row as a line of cells joined by " | " without end pipes.
 */
export async function boundaryScores(
  articles: readonly TruthArticle[],
): Promise<{ paragraphs: BoundaryScore; rows: BoundaryScore; textRows: BoundaryScore }> {
  const loaded = (blocks: HandSplit[]) => blocks.filter((b) => articles.some((a) => a.id === b.source));
  const score = async (blocks: HandSplit[], render: Renderer) =>
    scoreBoundaries(blocks, await appSentences(articles, blocks, render));
  return {
    paragraphs: await score(loaded(handSplit.paragraphs), renderText),
    rows: await score(loaded(handSplit.tableRows), renderMarkdown),
    textRows: await score(loaded(handSplit.tableRows), renderText),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/**
 * The lines `npm run eval` prints after its table; the web line is scored on the documents' own
 * files (scripts/eval/score/web-sentences.ts), whatever articles are loaded.
 */
export async function sentenceReport(articles: readonly TruthArticle[]): Promise<string> {
  const { paragraphs: p, rows, textRows } = await boundaryScores(articles);
  const web = await webBoundaryScore();
  const evidence = scoreNeedsEvidence(labelled.sentences);
  return [
    `Sentence boundaries, ${p.blocks} hand-split paragraphs (${p.handBoundaries} boundaries, text): ` +
      `${pct(p.accuracy)} right, P ${p.precision.toFixed(3)}, R ${p.recall.toFixed(3)}, ${pct(p.exact)} split exactly` +
      (p.unmatched > 0 ? `, ${p.unmatched} not given back by the reader` : ''),
    `Sentence boundaries, ${web.blocks} hand-split blocks of real web documents (held-out): ` +
      `${pct(web.accuracy)} right, P ${web.precision.toFixed(3)}, R ${web.recall.toFixed(3)}, ` +
      `${pct(web.exact)} split exactly, ${web.unmatched} not given back`,
    `Table rows, ${rows.blocks}: ${pct(rows.exact)} one claim each in Markdown, ${pct(textRows.exact)} in plain text`,
    `Needs evidence, ${evidence.sentences} hand-labelled sentences: P ${evidence.precision.toFixed(3)}, R ${evidence.recall.toFixed(3)}`,
  ].join('\n');
}
