'use client';

import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { neighbourhoodQueryOptions } from '@/app/_queries/neighbourhood';
import { SiteLinks } from '@/app/_shared/site-links';
import { toElements } from '@/graph/elements';
import { filterNotes } from '@/graph/filter-notes';
import { conceptCounts, hasFilters, visibleIds } from '@/graph/filters';
import { indexGraph } from '@/graph/graph-index';
import { chooseLayout, layoutSpec } from '@/graph/layouts';
import { addPage, emptyExpansion, mergeGraph } from '@/graph/merge';
import { traceSelection } from '@/graph/trace';
import {
  type ExplorerState,
  type Selection,
  selectionKinds,
  serializeExplorerParams,
} from '@/lib/schemas/explorer-params';
import type { ArticleGraph } from '@/lib/schemas/graph';
import { ArticlePicker } from './article-picker';
import { statusLabels } from './evidence-badge';
import { exportView } from './export-view';
import { FiltersPanel } from './filters-panel';
import { GraphCanvas, type GraphCanvasHandle } from './graph/graph-canvas';
import { Legend } from './legend';
import { Outline } from './outline';
import { NavContext } from './panels/select-link';
import { SidePanel } from './panels/side-panel';
import { type PhonePane, PhonePanes } from './phone-panes';
import { SearchBox } from './search-box';
import { Toolbar } from './toolbar';

interface Props {
  graph: ArticleGraph;
  state: ExplorerState;
  update: (patch: Partial<ExplorerState>, mode: 'push' | 'replace') => void;
}

export function ExplorerView({ graph, state, update }: Props) {
  const canvas = useRef<GraphCanvasHandle>(null);
  const queryClient = useQueryClient();
  const [expansion, setExpansion] = useState(emptyExpansion);
  const [expandError, setExpandError] = useState<string | null>(null);
  const [pane, setPane] = useState<PhonePane>('graph');

  const merged = useMemo(() => mergeGraph(graph, expansion), [graph, expansion]);
  const index = useMemo(() => indexGraph(merged), [merged]);
  const elements = useMemo(() => toElements(merged), [merged]);
  const layoutName = chooseLayout(state.layout, elements.length);
  const layout = useMemo(() => layoutSpec(layoutName).options(elements), [layoutName, elements]);
  const { concepts, match, status, types } = state;
  const visible = useMemo(() => {
    const f = { concepts, match, status, types };
    return hasFilters(f) ? visibleIds(index, f) : null;
  }, [index, concepts, match, status, types]);
  const notes = useMemo(
    () => filterNotes(index, { concepts, match, status, types }, visible, (s) => statusLabels[s].short),
    [index, concepts, match, status, types, visible],
  );
  const trace = useMemo(() => traceSelection(index, state.selection), [index, state.selection]);
  const conceptList = useMemo(() => {
    const counts = conceptCounts(index);
    return merged.nodes
      .filter((n) => n.type === 'concept')
      .map((n) => ({ id: n.id, label: n.label, count: counts.get(n.id) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }, [index, merged]);

  const select = useCallback((sel: Selection) => update({ selection: sel }, 'push'), [update]);
  const nav = useMemo(
    () => ({
      hrefFor: (sel: NonNullable<Selection>) => `?${serializeExplorerParams({ ...state, selection: sel })}`,
      select,
    }),
    [state, select],
  );

  const expand = useCallback(
    async (id: string, skip = 0, moreId?: string) => {
      setExpandError(null);
      try {
        const page = await queryClient.fetchQuery(neighbourhoodQueryOptions(id, skip));
        setExpansion((prev) => addPage(prev, page, moreId));
      } catch (error) {
        setExpandError((error as Error).message);
      }
    },
    [queryClient],
  );

  const onTapNode = useCallback(
    (id: string) => {
      const node = index.node.get(id);
      if (!node) return;
      if (node.type === 'more') void expand(node.parentId, node.skip, node.id);
      else if (node.type === 'section') canvas.current?.centreOn(id);
      else if ((selectionKinds as readonly string[]).includes(node.type))
        select({ kind: node.type, id } as Selection);
    },
    [index, expand, select],
  );

  const selectedId = state.selection?.id ?? null;

  // The skip link lands in the tree itself (its one tabbable item), on a phone after showing it.
  const skipToOutline = (e: React.MouseEvent) => {
    e.preventDefault();
    setPane('outline');
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.tree [tabindex="0"]')?.focus());
  };

  const shownNodes = visible ? merged.nodes.filter((n) => visible.has(n.id)).length : merged.nodes.length;
  const shownEdges = visible ? merged.edges.filter((e) => visible.has(e.id)).length : merged.edges.length;

  // The panels around the canvas sit in Suspense boundaries although nothing in them suspends: React
  // then hydrates the header, toolbar and canvas first, so the graph starts drawing before the
  // panels are hydrated (docs/decisions/010-drawing-speed.md).
  return (
    <NavContext.Provider value={nav}>
      <div className="explorer">
        {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link to the outline; the click also shows it on a phone */}
        <a href="#outline-title" className="skip-link" onClick={skipToOutline}>
          Skip to outline
        </a>
        <header className="explorer-header">
          <h1>Claimtrace</h1>
          <Suspense fallback={null}>
            <ArticlePicker
              current={graph.article}
              onPick={(slug) => update({ article: slug, selection: null, concepts: [] }, 'push')}
            />
            <SearchBox
              article={graph.article.slug}
              onPick={(hit) =>
                update(
                  { selection: { kind: hit.type, id: hit.id }, article: hit.article ?? state.article },
                  'push',
                )
              }
            />
          </Suspense>
          <nav className="page-links" aria-label="Other views of this article">
            <Link href={`/audit?article=${encodeURIComponent(graph.article.slug)}`}>Citation audit</Link>
            <Link href={`/read?article=${encodeURIComponent(graph.article.slug)}`}>Reader</Link>
            <SiteLinks />
          </nav>
        </header>
        <PhonePanes pane={pane} onPane={setPane} />
        {/* The body is the page's main landmark (not the canvas column): a phone hides that column. */}
        <main className="explorer-body" data-pane={pane} data-selected={state.selection ? 'true' : 'false'}>
          <div className="left-column">
            <Suspense fallback={null}>
              <FiltersPanel
                state={state}
                concepts={conceptList}
                onChange={(patch) => update(patch, 'replace')}
              />
              <Outline
                index={index}
                visible={visible}
                selection={state.selection}
                onSelect={(item) => {
                  if (item.kind === 'section') return;
                  select({ kind: item.kind, id: item.id });
                  // On a phone, show the trace on the graph and the details in their sheet.
                  setPane('graph');
                }}
              />
            </Suspense>
          </div>
          <div className="centre-column">
            <Toolbar
              layout={layoutName}
              auto={state.layout === null}
              onLayout={(name) => update({ layout: name }, 'replace')}
              onZoom={(f) => canvas.current?.zoomBy(f)}
              onFit={() => canvas.current?.fit()}
              onCentre={selectedId ? () => canvas.current?.centreOn(selectedId) : null}
              onExport={(format) => canvas.current && exportView(format, canvas.current, merged, visible)}
              counts={{ nodes: shownNodes, edges: shownEdges }}
            />
            {graph.truncated ? (
              <p className="notice">
                This article is larger than the drawing limit; part of it is not shown.
              </p>
            ) : null}
            {expandError ? (
              <p className="notice" role="alert">
                Could not load more: {expandError}
              </p>
            ) : null}
            {notes.length > 0 ? (
              <div className="notice filter-notes" role="status" data-testid="filter-notes">
                {notes.map((n) => (
                  <p key={n}>{n}</p>
                ))}
              </div>
            ) : null}
            <GraphCanvas
              ref={canvas}
              elements={elements}
              layout={layout}
              columnGap={layoutSpec(layoutName).columnGap ?? null}
              webgl={state.renderer === 'webgl'}
              visible={visible}
              trace={trace}
              focus={selectedId}
              onTapNode={onTapNode}
              onTapBackground={() => state.selection && select(null)}
              label={`Graph of ${graph.article.title}: ${shownNodes} nodes. The outline lists the same content.`}
            />
            <Legend />
          </div>
          <Suspense fallback={null}>
            <SidePanel
              selection={state.selection}
              article={graph.article.slug}
              onExpand={(id) => void expand(id)}
            />
          </Suspense>
        </main>
      </div>
    </NavContext.Provider>
  );
}
