import 'server-only';
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { ARTICLE_GRAPH_STALE_MS, articleGraphQueryKey } from '@/app/_queries/article-graph';
import { articleGraphReader } from '@/lib/read-cache/readers';
import { graphParamsSchema } from '@/lib/schemas/api-params';

/**
 * The explorer's first article graph, read on the server while the page renders, so the graph
 * arrives with the HTML instead of after the page's JavaScript has run and asked for it. What it
 * cannot read (unknown article, database down) is left out: the client then asks /api/graph as
 * before and shows that reply's error. It asks the read cache with the parameters /api/graph would
 * have (the same defaults), so the page and the API share one cached answer.
 */
export async function prefetchArticleGraph(article: string | null) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: ARTICLE_GRAPH_STALE_MS } },
  });
  await client.prefetchQuery({
    queryKey: articleGraphQueryKey(article),
    queryFn: async () => {
      const params = graphParamsSchema.parse({ article: article ?? undefined });
      const graph = await articleGraphReader.value({ slug: params.article, limit: params.limit });
      if (!graph) throw new Error('no such article');
      return graph;
    },
  });
  return dehydrate(client);
}
