import 'server-only';
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { ARTICLE_GRAPH_STALE_MS, articleGraphQueryKey } from '@/app/_queries/article-graph';
import { articlesQueryKey, PICKER_ARTICLES } from '@/app/_queries/articles';
import { articleGraphReader, articleListReader } from '@/lib/read-cache/readers';
import { graphParamsSchema } from '@/lib/schemas/api-params';

/**
 * How long the page waits for them. A read still running then goes on (and fills the read cache)
 * while the page is sent without it, and the client's request for the same answer joins it. With
 * Neo4j away, the page is not held until the driver gives up (1.5 s for a server that never
 * answers), and the client's requests, queued behind that failing read, fail with it: the error
 * shows within the 5 s the README promises.
 */
const PREFETCH_DEADLINE_MS = 1_000;

/**
 * What the explorer shows first, read on the server while the page renders: the article graph and
 * the article picker's list. Both arrive with the HTML, so the page asks the server for nothing
 * while its first graph is being laid out (a request then took CPU from the drawing on a small
 * machine). What cannot be read in time (unknown article, database down or slow) is left out: the
 * client then asks the API as before and shows that reply's error. Both go through the read cache
 * with the parameters the API routes would use, so the page and the API share cached answers.
 */
export async function prefetchExplorer(article: string | null) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: ARTICLE_GRAPH_STALE_MS } },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, PREFETCH_DEADLINE_MS);
  });
  // prefetchQuery never rejects: a failed read is simply not in the cache.
  const reads = Promise.all([
    client.prefetchQuery({
      queryKey: articleGraphQueryKey(article),
      queryFn: async () => {
        const params = graphParamsSchema.parse({ article: article ?? undefined });
        const graph = await articleGraphReader.value({ slug: params.article, limit: params.limit });
        if (!graph) throw new Error('no such article');
        return graph;
      },
    }),
    client.prefetchQuery({
      queryKey: articlesQueryKey,
      queryFn: async () => {
        const list = await articleListReader.value({ skip: 0, limit: PICKER_ARTICLES });
        if (!list) throw new Error('no article list');
        return list;
      },
    }),
  ]);
  await Promise.race([reads, deadline]);
  clearTimeout(timer);
  return dehydrate(client);
}
