import { parseArticleBytes } from '@/lib/ingest/parse-article';
import { citationSets, sameSets } from './score/citation-sets';
import type { RenderingResult } from './score/evaluate-rendering';
import { refusedResult, slugOf } from './score/evaluate-rendering';
import { naiveLinks } from './score/naive-linker';
import { renderingChunks } from './score/rendering-chunks';
import { linkDiffs, scoreLinks } from './score/score-links';
import type { WebCase } from './web-corpus';

/** A hand-labelled case through the app and the baseline, scored like a rendering. */
export async function evaluateWebCase(c: WebCase): Promise<RenderingResult> {
  const chunks = await renderingChunks(c.format, { name: c.name, bytes: c.bytes });
  // The baseline gets no entry texts here: the truth files label numbers, not author-date lists.
  const baseline = scoreLinks(c.paragraphs, naiveLinks(chunks, []));
  const started = performance.now();
  try {
    const doc = await parseArticleBytes(c.bytes, { name: c.name, slug: slugOf(c.file) });
    const claims = doc.claims.map((cl) => ({ text: cl.text, cites: cl.cites }));
    return {
      status: 'scored',
      app: scoreLinks(c.paragraphs, claims),
      diffs: linkDiffs(c.paragraphs, claims),
      baseline,
      referencesFound: doc.entries.length,
      referencesListed: c.references,
      setsExact: sameSets(
        citationSets(
          Array.from({ length: c.references }, (_, i) => i + 1),
          c.paragraphs.map((p) => p.cites),
        ),
        citationSets(
          doc.entries.map((e) => e.number),
          claims.map((cl) => cl.cites),
        ),
      ),
      ms: performance.now() - started,
    };
  } catch (error) {
    return refusedResult(error, baseline, started);
  }
}
