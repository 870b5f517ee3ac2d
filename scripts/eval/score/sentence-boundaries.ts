import { parseArticleBytes } from '@/lib/ingest/parse-article';
import type { Renderer } from '../render/rendering';
import type { TruthArticle } from '../truth/truth-article';
import { slugOf } from './evaluate-rendering';

/** A block of an article split into sentences by hand (lib/ingest/segmentation-cases/). */
export interface HandSplit {
  source: string;
  text: string;
  sentences: string[];
}

/** One block as the app split it, beside the hand split, with the boundaries each put. */
export interface BlockBoundaries {
  source: string;
  text: string;
  hand: number[];
  app: number[] | null;
  appSentences: string[];
}

export interface BoundaryScore {
  blocks: number;
  /** Blocks whose text the app's claims did not give back: a reader defect, not scored. */
  unmatched: number;
  handBoundaries: number;
  appBoundaries: number;
  correct: number;
  precision: number;
  recall: number;
  /** Boundaries right over all boundaries either side put: one missed or one extra is one wrong. */
  accuracy: number;
  /** Blocks split exactly as by hand. */
  exact: number;
  wrong: BlockBoundaries[];
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A block's text as a reader may give it back: spaces and table pipes aside (empty cells drop). */
const matchKey = (s: string) => s.replace(/[\s|]+/g, '');

/**
 * Where sentences 2..n start in the sentences joined by one space: the boundaries. Whitespace is
 * squeezed on both sides, so a boundary is right when it falls between the same two characters.
 */
export function boundaries(sentences: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const [i, s] of sentences.entries()) {
    if (i > 0) starts.push(at);
    at += squeeze(s).length + 1;
  }
  return starts;
}

/**
 * The app's sentences for each hand-split block: the article rendered (to plain text, Markdown…)
 * and read by parseArticleBytes, as a user's file is, then the claims of the paragraph whose
 * joined text is the block's text; null when no paragraph gives it back (the reader changed the
 * text, or made no claim of it). Each article is read once.
 */
export async function appSentences(
  articles: readonly TruthArticle[],
  blocks: readonly HandSplit[],
  render: Renderer,
): Promise<Map<HandSplit, string[] | null>> {
  const found = new Map<HandSplit, string[] | null>();
  for (const source of new Set(blocks.map((b) => b.source))) {
    const article = articles.find((a) => a.id === source);
    if (!article) throw new Error(`no article ${source} in the corpus`);
    const rendering = await render(article);
    const doc = await parseArticleBytes(rendering.bytes, { name: rendering.name, slug: slugOf(article.id) });
    const byParagraph = new Map<number, string[]>();
    for (const c of doc.claims)
      byParagraph.set(c.paragraph, [...(byParagraph.get(c.paragraph) ?? []), c.text]);
    const joined = [...byParagraph.values()].map((texts) => ({ key: matchKey(texts.join('')), texts }));
    for (const block of blocks.filter((b) => b.source === source)) {
      found.set(block, joined.find((j) => j.key === matchKey(block.text))?.texts ?? null);
    }
  }
  return found;
}

/** Boundary precision and recall over all blocks, and the share split exactly. */
export function scoreBoundaries(
  blocks: readonly HandSplit[],
  app: Map<HandSplit, string[] | null>,
): BoundaryScore {
  let handBoundaries = 0;
  let appBoundaries = 0;
  let correct = 0;
  let exact = 0;
  let unmatched = 0;
  const wrong: BlockBoundaries[] = [];
  for (const block of blocks) {
    const hand = boundaries(block.sentences);
    const split = app.get(block) ?? null;
    if (!split) {
      // Every boundary of a block the app did not give back counts as missed.
      unmatched++;
      handBoundaries += hand.length;
      wrong.push({ source: block.source, text: block.text, hand, app: null, appSentences: [] });
      continue;
    }
    const found = boundaries(split);
    const right = found.filter((b) => hand.includes(b)).length;
    handBoundaries += hand.length;
    appBoundaries += found.length;
    correct += right;
    if (right === hand.length && right === found.length) exact++;
    else wrong.push({ source: block.source, text: block.text, hand, app: found, appSentences: split });
  }
  return {
    blocks: blocks.length,
    unmatched,
    handBoundaries,
    appBoundaries,
    correct,
    precision: appBoundaries === 0 ? 1 : correct / appBoundaries,
    recall: handBoundaries === 0 ? 1 : correct / handBoundaries,
    accuracy:
      handBoundaries + appBoundaries === correct ? 1 : correct / (handBoundaries + appBoundaries - correct),
    exact: blocks.length === 0 ? 1 : exact / blocks.length,
    wrong,
  };
}
