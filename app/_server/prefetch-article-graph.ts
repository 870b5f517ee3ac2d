import 'server-only';
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { ARTICLE_GRAPH_STALE_MS, articleGraphQueryKey } from '@/app/_queries/article-graph';
// The one place the page reads the article graph; swap this import for a cached read to cache it.
import { getArticleGraph } from '@/lib/neo4j/queries/article-graph';

/**
 * The explorer's first article graph, read on the server while the page renders, so the graph
 * arrives with the HTML instead of after the page's JavaScript has run and asked for it. What it
 * cannot read (unknown article, database down) is left out: the client then asks /api/graph as
 * before and shows that reply's error.
 */
export async function prefetchArticleGraph(article: string | null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: ARTICLE_GRAPH_STALE_MS } } });
  await client.prefetchQuery({
    queryKey: articleGraphQueryKey(article),
    queryFn: async () => {
      const graph = await getArticleGraph({ slug: article ?? undefined });
      if (!graph) throw new Error('no such article');
      return graph;
    },
  });
  return dehydrate(client);
}
