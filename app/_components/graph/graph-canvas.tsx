'use client';

import type { Core, CytoscapeOptions, ElementDefinition, LayoutOptions } from 'cytoscape';
import { forwardRef, type RefObject, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { buildStylesheet } from '@/graph/styles';
import type { Trace } from '@/graph/trace';
import { forgetTrace, restoreTrace } from './arrange-trace';
import { applyCanvasState, centreOn, frame } from './canvas-state';
import { cytoscapeWithExtensions, loadSvgExport } from './load-cytoscape';
import { openView } from './opening-view';
import { keepTraceLabelsReadable } from './readable-trace-labels';

/**
 * A large graph goes into a new instance one frame after the instance exists. Cytoscape's very
 * first frame draws every element into its layer textures at the current zoom before it shows
 * anything; once a first frame has been drawn empty, the frame with the graph draws only what is
 * in view and builds those textures in idle time. For a large graph opened at a readable zoom that
 * is about 275 ms less (4,912 elements, side by side); for a small one the frame waited costs more
 * than it saves (210 elements: about 30 ms more), hence the limit.
 */
const DEFER_FIRST_DRAW_ABOVE = 1500;

export interface GraphCanvasHandle {
  fit: () => void;
  zoomBy: (factor: number) => void;
  centreOn: (id: string) => void;
  frame: (ids: Iterable<string>) => void;
  png: () => Promise<Blob | null>;
  svg: () => Promise<string | null>;
}

interface Props {
  elements: ElementDefinition[];
  layout: LayoutOptions;
  /** The layout's column spacing in graph units, when it lays nodes out in columns. */
  columnGap: number | null;
  webgl: boolean;
  visible: Set<string> | null;
  trace: Trace | null;
  focus: string | null;
  onTapNode: (id: string) => void;
  onTapBackground: () => void;
  label: string;
}

/**
 * The thin wrapper around Cytoscape: it creates the instance, hands it elements and a layout,
 * mirrors the explorer's state as classes and reports taps. Everything it draws is decided
 * elsewhere (graph/ for mapping, styles and layouts; the explorer for selection and filters).
 */
export const GraphCanvas = forwardRef<GraphCanvasHandle, Props>(function GraphCanvas(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [ready, setReady] = useState(false);
  const [hover, setHover] = useState<{ text: string; x: number; y: number } | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  // The elements and layout the canvas shows, so the effect below skips what creation already drew.
  const shown = useRef<{ elements: ElementDefinition[]; layout: LayoutOptions } | null>(null);

  // Create once per renderer choice, and draw the elements at once: the first drawing starts in the
  // effect that hydration runs, without waiting for another render (a large graph one frame later,
  // see DEFER_FIRST_DRAW_ABOVE).
  useEffect(() => {
    if (!container.current) return;
    // The benchmark splits navigation-to-drawn here: what comes before Cytoscape starts, what after.
    performance.mark('claimtrace:canvas-start');
    const cytoscape = cytoscapeWithExtensions();
    const instance = cytoscape({
      container: container.current,
      style: buildStylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      // The WebGL renderer is Cytoscape's experimental option of the canvas renderer (3.31+).
      ...(props.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as CytoscapeOptions);
    instance.on('tap', 'node', (e) => handlers.current.onTapNode(e.target.id()));
    instance.on('tap', (e) => {
      if (e.target === instance) handlers.current.onTapBackground();
    });
    instance.on('mouseover', 'node', (e) => {
      const p = e.target.renderedPosition();
      setHover({ text: String(e.target.data('full') ?? ''), x: p.x, y: p.y });
    });
    instance.on('mouseout', 'node', () => setHover(null));
    instance.on('viewport', () => setHover(null));
    const stopTraceLabels = keepTraceLabelsReadable(instance, () => handlers.current.columnGap);
    cyRef.current = instance;
    const first = { elements: handlers.current.elements, layout: handlers.current.layout };
    let firstDraw: number | null = null;
    if (first.elements.length > DEFER_FIRST_DRAW_ABOVE) {
      shown.current = first;
      firstDraw = requestAnimationFrame(() => {
        // Unless the effect below has drawn newer elements meanwhile.
        if (shown.current === first)
          shown.current = show(instance, first.elements, first.layout, handlers, setReady);
      });
    } else shown.current = show(instance, first.elements, first.layout, handlers, setReady);
    setCy(instance);
    return () => {
      if (firstDraw !== null) cancelAnimationFrame(firstDraw);
      stopTraceLabels();
      instance.destroy();
      cyRef.current = null;
      shown.current = null;
      setCy(null);
    };
  }, [props.webgl]);

  // Cytoscape measures its container only on a window resize: a pane shown or hidden (a phone's
  // Graph button), or a wrapped header, changes the container alone, so tell it.
  useEffect(() => {
    const box = container.current;
    if (!cy || !box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(box);
    return () => observer.disconnect();
  }, [cy]);

  // New elements or layout (an expansion, another layout): replace and lay out.
  const { elements, layout } = props;
  useEffect(() => {
    if (!cy) return;
    if (shown.current?.elements === elements && shown.current.layout === layout) return;
    shown.current = show(cy, elements, layout, handlers, setReady);
  }, [cy, elements, layout]);

  const { visible, trace, focus } = props;
  useEffect(() => {
    if (!cy) return;
    applyCanvasState(cy, visible, trace, focus);
    // Tells tests and the benchmark when a selection's trace is on screen (the frame after it is styled).
    if (trace && focus) {
      requestAnimationFrame(() => {
        container.current?.setAttribute('data-traced', focus);
        performance.mark('claimtrace:trace-shown', { detail: focus });
      });
    } else container.current?.removeAttribute('data-traced');
  }, [cy, visible, trace, focus]);

  // A filter change lays out what is left, so the remaining nodes use the space (the first layout
  // is run by the effect above; this one only follows later changes of the filter).
  const laidOutFor = useRef<Set<string> | null | undefined>(undefined);
  useEffect(() => {
    if (!cy || !ready) return;
    if (laidOutFor.current === undefined || laidOutFor.current === visible) {
      laidOutFor.current = visible;
      return;
    }
    laidOutFor.current = visible;
    // Nodes a trace moved go back first: those the filter hides keep the place the layout gave them.
    restoreTrace(cy);
    const shown = cy.elements().not('.hidden');
    if (shown.empty()) return;
    setReady(false);
    const run = shown.layout({ ...handlers.current.layout, fit: true, padding: 30 } as LayoutOptions);
    run.one('layoutstop', () => requestAnimationFrame(() => setReady(true)));
    run.run();
  }, [cy, ready, visible]);

  // A new selection brings its trace into view (once the first layout has placed the nodes); no
  // selection puts back the nodes a trace moved.
  useEffect(() => {
    if (!cy || !ready) return;
    const { columnGap, focus } = handlers.current;
    if (trace) frame(cy, trace.nodes, { columnGap, focus });
    else restoreTrace(cy);
  }, [cy, ready, trace]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => cyRef.current?.fit(cyRef.current.elements(':visible'), 20),
      zoomBy: (f) => {
        const c = cyRef.current;
        if (c) c.zoom({ level: c.zoom() * f, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
      },
      centreOn: (id) => {
        if (cyRef.current) centreOn(cyRef.current, id);
      },
      frame: (ids) => {
        const { columnGap, focus } = handlers.current;
        if (cyRef.current) frame(cyRef.current, ids, { columnGap, focus });
      },
      png: async () =>
        cyRef.current
          ? cyRef.current.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2 })
          : null,
      svg: async () => {
        await loadSvgExport();
        const c = cyRef.current as (Core & { svg?: (o: object) => string }) | null;
        return c?.svg ? c.svg({ full: true, bg: '#ffffff' }) : null;
      },
    }),
    [],
  );

  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-ready={ready ? 'true' : 'false'}
        role="img"
        aria-label={props.label}
      />
      {hover?.text ? (
        <div className="canvas-tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }} role="tooltip">
          {hover.text}
        </div>
      ) : null}
    </div>
  );
});

/**
 * Replaces the canvas's elements, lays them out and frames them, then marks the canvas ready two
 * frames later. Returns what it drew, so an effect can tell it has nothing new to draw.
 */
function show(
  cy: Core,
  elements: ElementDefinition[],
  layout: LayoutOptions,
  latest: RefObject<Props>,
  setReady: (ready: boolean) => void,
) {
  setReady(false);
  forgetTrace(cy);
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  const { visible, trace, focus } = latest.current;
  applyCanvasState(cy, visible, trace, focus);
  const run = cy.layout(layout);
  run.one('layoutstop', () => {
    const { trace: t, columnGap, focus: selected } = latest.current;
    if (t) frame(cy, t.nodes, { animate: false, columnGap, focus: selected });
    else openView(cy);
    // Two frames: the first paints the laid-out graph, the second confirms it is on screen.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        setReady(true);
        performance.mark('claimtrace:graph-ready');
      }),
    );
  });
  run.run();
  return { elements, layout };
}
