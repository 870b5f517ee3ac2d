'use client';

import { useArticleGraph } from '@/app/_queries/article-graph';
import { ErrorState } from '@/app/_shared/error-state';
import { ExplorerView } from './explorer-view';
import { useExplorerUrl } from './use-explorer-url';
import './explorer.css';

/**
 * The explorer page: the URL says what to show; the article graph comes embedded in the page (read
 * on the server) or, failing that, from /api/graph, and is then drawn.
 */
export function Explorer() {
  const { state, update } = useExplorerUrl();
  const graph = useArticleGraph(state.article);
  if (graph.isError) {
    return (
      <main className="explorer-message">
        <h1>Claimtrace</h1>
        <ErrorState error={graph.error} onRetry={() => graph.refetch()} what="the article graph" />
      </main>
    );
  }
  if (!graph.data) {
    return (
      <main className="explorer-message" aria-busy="true">
        <h1>Claimtrace</h1>
        <p>Loading the article graph…</p>
      </main>
    );
  }
  return <ExplorerView key={graph.data.article.slug} graph={graph.data} state={state} update={update} />;
}
