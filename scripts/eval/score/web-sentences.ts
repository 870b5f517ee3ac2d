import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArticleBytes } from '@/lib/ingest/parse-article';
import webSplit from '@/lib/ingest/segmentation-cases/web-paragraphs.json';
import { slugOf } from './evaluate-rendering';
import { normaliseForMatch } from './paragraph-matcher';
import { type BoundaryScore, type HandSplit, scoreBoundaries } from './sentence-boundaries';

/** A block of a real web document split by hand (lib/ingest/segmentation-cases/web-paragraphs.json). */
export interface WebHandSplit extends HandSplit {
  part: string;
}

/** The hand-split blocks of real web documents: held out, split before the app ran on them. */
export const webBlocks: readonly WebHandSplit[] = webSplit.paragraphs;

/**
 * The app's sentences for each hand-split block of a web document: the document's own bytes
 * (HTML, Markdown or plain text, as a user would give it) read by parseArticleBytes, its claims
 * grouped by paragraph, and the group whose letters, lower-cased, are the block's letters (digits,
 * signs, markup and white space aside, as the paragraph matcher compares them); null when no
 * paragraph gives the block back, or the app refuses the document. Each document is read once.
 */
export async function webAppSentences(
  blocks: readonly HandSplit[],
  root = '.',
): Promise<Map<HandSplit, string[] | null>> {
  const found = new Map<HandSplit, string[] | null>();
  for (const source of new Set(blocks.map((b) => b.source))) {
    const bytes = new Uint8Array(await readFile(`${root}/${source}`));
    const name = basename(source);
    let groups: string[][] = [];
    try {
      const doc = await parseArticleBytes(bytes, { name, slug: slugOf(name) });
      const byParagraph = new Map<number, string[]>();
      for (const c of doc.claims)
        byParagraph.set(c.paragraph, [...(byParagraph.get(c.paragraph) ?? []), c.text]);
      groups = [...byParagraph.values()];
    } catch {
      // A document the app refuses gives no block back: each counts all its boundaries as missed.
    }
    const keyed = groups.map((texts) => ({ key: normaliseForMatch(texts.join(' ')), texts }));
    for (const block of blocks.filter((b) => b.source === source)) {
      const key = normaliseForMatch(block.text);
      found.set(block, keyed.find((k) => k.key === key)?.texts ?? null);
    }
  }
  return found;
}

/** Boundary precision, recall and accuracy on the hand-split web blocks. */
export async function webBoundaryScore(
  blocks: readonly HandSplit[] = webBlocks,
  root = '.',
): Promise<BoundaryScore> {
  return scoreBoundaries(blocks, await webAppSentences(blocks, root));
}
