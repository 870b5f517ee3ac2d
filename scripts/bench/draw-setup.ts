import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toElements } from '@/graph/elements';
import { chooseLayout, layoutSpec } from '@/graph/layouts';
import { buildStylesheet } from '@/graph/styles';
import { parseArticle } from '@/lib/ingest/parse-article';
import { getArticleGraph } from '@/lib/neo4j/queries/article-graph';
import { writeArticle } from '@/lib/neo4j/write-article';
import { conceptVocabularySchema } from '@/lib/schemas/concept-vocabulary';
import { generateSized } from './corpus/generate';

/**
 * Articles whose explorer graph has about 200, 1,000 and 5,000 elements, loaded into the bench
 * database beside the corpus. The element count per claim is measured, not assumed: a first
 * article of an estimated size is loaded, counted as the explorer would draw it, and resized once.
 */
export interface DrawTarget {
  slug: string;
  elements: number;
  layout: string;
  /** File name of the floor page's copy: the same elements, stylesheet and layout options. */
  dataFile: string;
}

async function loadSized(dir: string, claims: number): Promise<{ slug: string; elements: number }> {
  const entry = await generateSized(dir, 900_000 + claims, claims);
  const text = await readFile(path.join(dir, entry.textFile), 'utf8');
  const vocabulary = conceptVocabularySchema.parse(
    JSON.parse(await readFile(path.join(dir, entry.vocabularyFile), 'utf8')),
  );
  await writeArticle(parseArticle(text, { slug: entry.slug, vocabulary }));
  const graph = await getArticleGraph({ slug: entry.slug });
  if (!graph) throw new Error(`draw article ${entry.slug} did not load`);
  return { slug: entry.slug, elements: toElements(graph).length };
}

export async function prepareDrawTargets(dir: string, sizes: readonly number[]): Promise<DrawTarget[]> {
  await mkdir(dir, { recursive: true });
  const targets: DrawTarget[] = [];
  for (const size of sizes) {
    let claims = Math.max(5, Math.round(size / 7.5));
    let loaded = await loadSized(dir, claims);
    if (Math.abs(loaded.elements - size) / size > 0.05) {
      claims = Math.max(5, Math.round((claims * size) / loaded.elements));
      loaded = await loadSized(dir, claims);
    }
    const graph = await getArticleGraph({ slug: loaded.slug });
    if (!graph) throw new Error(`draw article ${loaded.slug} vanished`);
    const elements = toElements(graph);
    const layoutName = chooseLayout(null, elements.length);
    const dataFile = `${loaded.slug}.json`;
    const floorGraph = {
      elements,
      style: buildStylesheet(),
      layout: layoutSpec(layoutName).options(elements),
    };
    await writeFile(path.join(dir, dataFile), JSON.stringify(floorGraph));
    targets.push({ slug: loaded.slug, elements: elements.length, layout: layoutName, dataFile });
  }
  return targets;
}
