import { HydrationBoundary } from '@tanstack/react-query';
import { prefetchExplorer } from '@/app/_server/prefetch-explorer';
import { parseExplorerParams } from '@/lib/schemas/explorer-params';
import { Explorer } from './_components/explorer';

type SearchParams = Record<string, string | string[] | undefined>;

function toUrlParams(raw: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const one of [v ?? []].flat()) params.append(k, one);
  return params;
}

/** The explorer with its first article graph and the article list read on the server and embedded in the page. */
async function ExplorerWithGraph({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { article } = parseExplorerParams(toUrlParams(await searchParams));
  return (
    <HydrationBoundary state={await prefetchExplorer(article)}>
      <Explorer />
    </HydrationBoundary>
  );
}

/**
 * The explorer: an article's claims and their evidence as a graph, with an outline beside it. The
 * graph is read on the server (a cache hit takes about a millisecond) before the page is sent, with
 * no Suspense boundary around it: React reveals a streamed boundary at most every 300 ms after the
 * first paint, which held the graph back far longer than sending the page's head early saved
 * (docs/decisions/010-drawing-speed.md).
 */
export default function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <ExplorerWithGraph searchParams={searchParams} />;
}
