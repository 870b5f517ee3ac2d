import { visibleSubgraph } from '@/graph/export';
import type { ArticleGraph } from '@/lib/schemas/graph';
import { download } from './download';
import type { GraphCanvasHandle } from './graph/graph-canvas';

/** PNG and SVG of the whole drawing; JSON of the nodes and links currently shown. */
export async function exportView(
  format: 'png' | 'svg' | 'json',
  canvas: GraphCanvasHandle,
  graph: ArticleGraph,
  visible: Set<string> | null,
) {
  const base = `claimtrace-${graph.article.slug}`;
  if (format === 'png') {
    const blob = await canvas.png();
    if (blob) download(blob, `${base}.png`);
  } else if (format === 'svg') {
    const svg = await canvas.svg();
    if (svg) download(new Blob([svg], { type: 'image/svg+xml' }), `${base}.svg`);
  } else {
    const all = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
    const json = JSON.stringify(visibleSubgraph(graph, visible ?? all), null, 2);
    download(new Blob([json], { type: 'application/json' }), `${base}.json`);
  }
}
