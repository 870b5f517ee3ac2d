import { databaseName, getDriver } from '@/lib/neo4j/driver';
import { mulberry32, type Rng } from './corpus/prng';
import { zipfSampler } from './corpus/zipf';

/**
 * What the query benchmarks ask for, drawn with a fixed seed from what is in the database: random
 * articles, claims and concepts (so caches do not flatter a repeated id), the most cited works
 * (the worst case for "expand a neighbourhood") and search terms people would type.
 */
export interface QueryInputs {
  slugs: string[];
  claimIds: string[];
  conceptIds: string[];
  /** Concept and article pairs where the article mentions the concept (the explorer's filter). */
  conceptInArticle: { id: string; article: string }[];
  popularWorkIds: string[];
  searchTerms: string[];
}

async function column(query: string, params: Record<string, unknown> = {}): Promise<string[]> {
  const { records } = await getDriver().executeQuery(query, params, {
    database: databaseName(),
    routing: 'READ',
  });
  return records.map((r) => r.get(0) as string);
}

/**
 * How inputs are drawn. uniform: every item equally likely (the in-process figures, where no cache
 * sits in between). popular: Zipf (s = 1) over the items in a seeded random order, so a few articles
 * and claims are asked for often and most rarely, as readers do; the HTTP figures use it, and the
 * read cache answers the repeats.
 */
export type InputMix = 'uniform' | 'popular';

function sampler(mix: InputMix) {
  return <T>(rng: Rng, items: readonly T[], n: number): T[] => {
    if (mix === 'uniform' || items.length === 0) return Array.from({ length: n }, () => rng.pick(items));
    const ranked = [...items];
    for (let i = ranked.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [ranked[i], ranked[j]] = [ranked[j] as T, ranked[i] as T];
    }
    const draw = zipfSampler(ranked.length, 1);
    return Array.from({ length: n }, () => ranked[draw(rng)] as T);
  };
}

export async function queryInputs(n: number, seed = 7, mix: InputMix = 'uniform'): Promise<QueryInputs> {
  const rng = mulberry32(seed);
  const sample = sampler(mix);
  const slugs = await column('MATCH (a:Article) RETURN a.slug ORDER BY a.slug');
  const claimIds = await column('MATCH (c:Claim) RETURN c.id ORDER BY c.id');
  const conceptIds = await column('MATCH (k:Concept) RETURN k.id ORDER BY k.id');
  const pairs = sample(rng, slugs, n);
  const conceptInArticle: QueryInputs['conceptInArticle'] = [];
  for (const article of pairs.slice(0, Math.min(n, 50))) {
    const ids = await column(
      'MATCH (:Article {slug: $article})-[:HAS_SECTION]->()-[:HAS_CLAIM]->()-[:MENTIONS]->(k:Concept) RETURN DISTINCT k.id ORDER BY k.id',
      { article },
    );
    if (ids.length > 0) conceptInArticle.push({ id: rng.pick(ids), article });
  }
  const popularWorkIds = await column(
    'MATCH (w:Work) RETURN w.id ORDER BY COUNT { (w)<-[:CITES]-() } DESC, w.id LIMIT 20',
  );
  const families = await column('MATCH (p:Author) RETURN p.family ORDER BY p.id LIMIT 200');
  const labels = await column('MATCH (k:Concept) RETURN k.label ORDER BY k.id');
  const words = ['partners', 'veterans', 'well-being', 'commitment', 'closeness', 'daily mood'];
  return {
    slugs: sample(rng, slugs, n),
    claimIds: sample(rng, claimIds, n),
    conceptIds: sample(rng, conceptIds, n),
    conceptInArticle: sample(rng, conceptInArticle, n),
    popularWorkIds: sample(rng, popularWorkIds, n),
    searchTerms: sample(rng, [...families.slice(0, 40), ...labels, ...words], n),
  };
}
