import { HydrationBoundary } from '@tanstack/react-query';
import { Suspense } from 'react';
import { prefetchArticleGraph } from '@/app/_server/prefetch-article-graph';
import { parseExplorerParams } from '@/lib/schemas/explorer-params';
import { Explorer } from './_components/explorer';

type SearchParams = Record<string, string | string[] | undefined>;

function toUrlParams(raw: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const one of [v ?? []].flat()) params.append(k, one);
  return params;
}

/** The explorer with its first article graph read on the server and embedded in the page. */
async function ExplorerWithGraph({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { article } = parseExplorerParams(toUrlParams(await searchParams));
  return (
    <HydrationBoundary state={await prefetchArticleGraph(article)}>
      <Explorer />
    </HydrationBoundary>
  );
}

/**
 * The explorer: an article's claims and their evidence as a graph, with an outline beside it.
 * The graph is read inside a Suspense boundary, so the page's head (and the script tags that start
 * its JavaScript downloading) is sent at once and the graph streams in behind it.
 */
export default function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <ExplorerWithGraph searchParams={searchParams} />
    </Suspense>
  );
}
