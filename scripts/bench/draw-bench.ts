import { type Browser, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../chromium';
import { median } from './stats';

/**
 * Time from navigation to a drawn graph in headless Chromium, one fresh browser per run (a cold
 * cache and JIT, as a first visit has), settled on about:blank before it navigates. The explorer signals "drawn" with the mark
 * claimtrace:graph-ready (after layout, fit and two frames); the floor page with floor:graph-ready
 * at the same point. "Data" is when the graph JSON finished arriving, so data->drawn is the
 * drawing work alone: the Resource Timing of the graph request when the page asked for it (the
 * floor always does), else the end of the document itself, since the explorer embeds the graph it
 * read on the server in its HTML. "Cytoscape" is when the page calls it (the marks
 * claimtrace:canvas-start and floor:canvas-start), so nav->Cytoscape is what a page does before it
 * starts drawing (loading, scripts, hydration) and Cytoscape->drawn the drawing itself.
 */
export type DrawPage = 'explorer' | 'floor';
export type Renderer = 'canvas' | 'webgl';

export interface DrawRun {
  navToDrawnMs: number;
  navToDataMs: number;
  navToCanvasMs: number;
  layoutMs: number | null; // measured on the floor page only
}

export interface DrawFigure {
  page: DrawPage;
  renderer: Renderer;
  elements: number;
  layout: string;
  runs: number;
  navToDrawnMs: number; // medians
  navToDataMs: number;
  dataToDrawnMs: number;
  navToCanvasMs: number;
  canvasToDrawnMs: number;
  layoutMs: number | null;
}

const LAUNCH_ARGS = [
  ...CHROMIUM_ARGS,
  // The WebGL renderer needs a GL context; without a GPU Chromium falls back to SwiftShader.
  '--enable-unsafe-swiftshader',
];

const BROWSER_SETTLE_MS = 1500;

/**
 * A fresh Chromium spends its first second loading its own UI pages (omnibox, new-tab WebUI) on
 * the same two cores; a reader's browser is already running, so let that settle first.
 */
export async function settleBrowser(tab: Page): Promise<void> {
  await tab.goto('about:blank');
  await new Promise((r) => setTimeout(r, BROWSER_SETTLE_MS));
}

async function oneRun(url: string, page: DrawPage, dataPath: string, timeoutMs: number): Promise<DrawRun> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: LAUNCH_ARGS });
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await settleBrowser(tab);
    await tab.goto(url, { waitUntil: 'commit' });
    const prefix = page === 'explorer' ? 'claimtrace' : 'floor';
    const mark = `${prefix}:graph-ready`;
    await tab.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, {
      timeout: timeoutMs,
      polling: 50,
    });
    return await tab.evaluate(
      ({ m, start, data }) => {
        const drawn = performance.getEntriesByName(m)[0]?.startTime ?? Number.NaN;
        const res = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes(data)) as PerformanceResourceTiming[];
        const doc = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const floor = (window as unknown as { __floor?: { layoutMs: number } }).__floor;
        return {
          navToDrawnMs: drawn,
          navToDataMs:
            res.length > 0 ? Math.max(...res.map((r) => r.responseEnd)) : (doc?.responseEnd ?? Number.NaN),
          navToCanvasMs: performance.getEntriesByName(start)[0]?.startTime ?? Number.NaN,
          layoutMs: floor?.layoutMs ?? null,
        };
      },
      { m: mark, start: `${prefix}:canvas-start`, data: dataPath },
    );
  } finally {
    await browser?.close();
  }
}

/** Median of `runs` fresh-browser runs of one page at one size and renderer. */
export async function measureDraw(o: {
  url: string;
  page: DrawPage;
  renderer: Renderer;
  elements: number;
  layout: string;
  dataPath: string;
  runs: number;
  timeoutMs: number;
}): Promise<DrawFigure> {
  const runs: DrawRun[] = [];
  for (let i = 0; i < o.runs; i++) runs.push(await oneRun(o.url, o.page, o.dataPath, o.timeoutMs));
  const nav = median(runs.map((r) => r.navToDrawnMs));
  const data = median(runs.map((r) => r.navToDataMs));
  const layouts = runs.map((r) => r.layoutMs).filter((x): x is number => x !== null);
  return {
    page: o.page,
    renderer: o.renderer,
    elements: o.elements,
    layout: o.layout,
    runs: runs.length,
    navToDrawnMs: nav,
    navToDataMs: data,
    dataToDrawnMs: median(runs.map((r) => r.navToDrawnMs - r.navToDataMs)),
    navToCanvasMs: median(runs.map((r) => r.navToCanvasMs)),
    canvasToDrawnMs: median(runs.map((r) => r.navToDrawnMs - r.navToCanvasMs)),
    layoutMs: layouts.length > 0 ? median(layouts) : null,
  };
}
