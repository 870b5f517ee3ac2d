import { ArticleParseError } from '@/lib/ingest/errors';
import { parseArticleBytes } from '@/lib/ingest/parse-article';
import type { EvalFormat, Rendering } from '../render/rendering';
import { blockCites, citableBlocks, type TruthArticle } from '../truth/truth-article';
import { citationSets, sameSets } from './citation-sets';
import { naiveLinks } from './naive-linker';
import { renderingChunks } from './rendering-chunks';
import { type CitingText, type LinkDiff, type LinkScore, linkDiffs, scoreLinks } from './score-links';

export type RenderingResult =
  | {
      status: 'scored';
      app: LinkScore;
      baseline: LinkScore;
      referencesFound: number;
      referencesListed: number;
      /** The article's four citation sets (listed, cited, and the two differences) equal the truth's. */
      setsExact: boolean;
      ms: number;
      diffs: LinkDiff[];
    }
  | { status: 'refused'; code: string; message: string; baseline: LinkScore; ms: number };

/** The truth's citable paragraphs with the numbers each cites. */
/** A reader's refusal as a result, timed from `started`; any other error is the harness's and rethrown. */
export function refusedResult(error: unknown, baseline: LinkScore, started: number): RenderingResult {
  if (!(error instanceof ArticleParseError)) throw error;
  return {
    status: 'refused',
    code: error.code,
    message: error.message,
    baseline,
    ms: performance.now() - started,
  };
}

export function truthParagraphs(article: TruthArticle): CitingText[] {
  return citableBlocks(article).map((b) => ({ text: b.text, cites: blockCites(b) }));
}

/** A kebab-case slug from a file id, as parseArticleBytes requires. */
export function slugOf(id: string): string {
  return (
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'article'
  );
}

/**
 * One rendering through the app's one entry (parseArticleBytes), scored against the truth, and
 * the naive baseline on the same bytes. A refusal is kept with its code, never scored as zero.
 */
export async function evaluateRendering(
  article: TruthArticle,
  format: EvalFormat,
  rendering: Rendering,
): Promise<RenderingResult> {
  const truth = truthParagraphs(article);
  const baseline = scoreLinks(
    truth,
    naiveLinks(await renderingChunks(format, rendering), article.references),
  );
  const started = performance.now();
  try {
    const doc = await parseArticleBytes(rendering.bytes, { name: rendering.name, slug: slugOf(article.id) });
    const ms = performance.now() - started;
    const claims = doc.claims.map((c) => ({ text: c.text, cites: c.cites }));
    return {
      status: 'scored',
      app: scoreLinks(truth, claims),
      diffs: linkDiffs(truth, claims),
      baseline,
      referencesFound: doc.entries.length,
      referencesListed: article.references.length,
      setsExact: sameSets(
        citationSets(
          article.references.map((r) => r.number),
          truth.map((p) => p.cites),
        ),
        citationSets(
          doc.entries.map((e) => e.number),
          claims.map((c) => c.cites),
        ),
      ),
      ms,
    };
  } catch (error) {
    return refusedResult(error, baseline, started);
  }
}
