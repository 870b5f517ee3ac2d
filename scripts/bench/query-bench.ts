import { getArticleGraph } from '@/lib/neo4j/queries/article-graph';
import { getClaimTrace } from '@/lib/neo4j/queries/claim-trace';
import { getConceptDetail } from '@/lib/neo4j/queries/concept-detail';
import { corpusAudit } from '@/lib/neo4j/queries/corpus-audit';
import { getNeighbourhood } from '@/lib/neo4j/queries/neighbourhood';
import { searchGraph } from '@/lib/neo4j/queries/search';
import type { QueryInputs } from './query-inputs';
import { median, now, p95 } from './stats';

/** One named explorer query with the inputs to call it with, in order. */
export interface QueryCase {
  name: string;
  /** The API route that serves the same query, for the HTTP benchmark. */
  route: (i: number) => string;
  call: (i: number) => Promise<unknown>;
}

export interface QueryFigure {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export function queryCases(inputs: QueryInputs): QueryCase[] {
  const at = <T>(xs: T[], i: number): T => xs[i % xs.length] as T;
  const q = encodeURIComponent;
  return [
    {
      name: 'article graph',
      route: (i) => `/api/graph?article=${q(at(inputs.slugs, i))}`,
      call: (i) => getArticleGraph({ slug: at(inputs.slugs, i) }),
    },
    {
      name: 'claim trace',
      route: (i) => `/api/claims?id=${q(at(inputs.claimIds, i))}`,
      call: (i) => getClaimTrace({ id: at(inputs.claimIds, i) }),
    },
    {
      name: 'concept filter (in article)',
      route: (i) =>
        `/api/concepts?id=${q(at(inputs.conceptInArticle, i).id)}&article=${q(at(inputs.conceptInArticle, i).article)}`,
      call: (i) => getConceptDetail(at(inputs.conceptInArticle, i)),
    },
    {
      name: 'concept (whole corpus)',
      route: (i) => `/api/concepts?id=${q(at(inputs.conceptIds, i))}`,
      call: (i) => getConceptDetail({ id: at(inputs.conceptIds, i) }),
    },
    {
      name: 'search',
      route: (i) => `/api/search?q=${q(at(inputs.searchTerms, i))}`,
      call: (i) => searchGraph({ q: at(inputs.searchTerms, i) }),
    },
    {
      name: 'neighbourhood of a top-cited work',
      route: (i) => `/api/graph/neighbourhood?id=${q(at(inputs.popularWorkIds, i))}`,
      call: (i) => getNeighbourhood({ id: at(inputs.popularWorkIds, i) }),
    },
  ];
}

/** Calls a query `warmup` times unmeasured, then `runs` times one after another, timing each call. */
export async function measureQuery(c: QueryCase, runs: number, warmup: number): Promise<QueryFigure> {
  for (let i = 0; i < warmup; i++) await c.call(runs + i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    await c.call(i);
    times.push(now() - t);
  }
  return { name: c.name, runs, medianMs: median(times), p95Ms: p95(times), maxMs: Math.max(...times) };
}

/** The whole-corpus audit as one Cypher query: the figure that meets (or not) the 1 s target. */
export async function measureCorpusAudit(runs: number): Promise<QueryFigure & { articles: number }> {
  const first = await corpusAudit(); // warm-up: plans the query and fills the page cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    await corpusAudit();
    times.push(now() - t);
  }
  return {
    name: 'corpus audit (one Cypher query)',
    runs,
    medianMs: median(times),
    p95Ms: p95(times),
    maxMs: Math.max(...times),
    articles: first.length,
  };
}
