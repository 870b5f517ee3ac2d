import { chromium, type Page } from '@playwright/test';
import Table from 'cli-table3';
import { Command } from 'commander';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../chromium';
import { median, percentile, round } from './stats';

/*
 * npm run bench:interaction -- [--url http://localhost:3000] [--runs 5] [--article slug] [--cites 16]
 *
 * What a reader feels in the explorer, against a running app (`npm start`): each run launches a
 * fresh Chromium (a cold browser: no cache, no warm JIT) and measures
 *   - navigation to a drawn, interactive graph: the page's claimtrace:graph-ready mark, which the
 *     explorer sets after the layout has stopped and two frames have been painted;
 *   - click to highlighted trace: from the pointerdown on the claim's node to the
 *     claimtrace:trace-shown mark (the frame after the trace is styled), both in the page's clock.
 * The click runs on the evidence-trail layout, where every claim has a row of its own, so a click
 * lands on one node. Medians and p95 over the runs are printed.
 */

interface RunFigures {
  navToDrawnMs: number;
  navToDrawnTrailMs: number;
  clickToTraceMs: number;
}

async function waitForMark(page: Page, name: string, timeoutMs = 120_000): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? null,
    name,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

async function claimNodeCiting(page: Page, n: number) {
  return page.evaluate((num) => {
    type Cy = {
      edges(s: string): { filter(f: (e: unknown) => boolean): { map<T>(f: (e: unknown) => T): T[] } };
      getElementById(id: string): { renderedPosition(): { x: number; y: number } };
    };
    type Edge = { target(): { data(k: string): unknown }; source(): { id(): string } };
    // Cytoscape registers its instance on its container; reading it needs no hook in the app.
    const el = document.querySelector('[data-testid="graph-canvas"]') as unknown as { _cyreg: { cy: Cy } };
    const cy = el._cyreg.cy;
    const id = cy
      .edges('.cites')
      .filter((e) => (e as Edge).target().data('order') === num)
      .map((e) => (e as Edge).source().id())[0];
    return id ? { id, pos: cy.getElementById(id).renderedPosition() } : null;
  }, n);
}

async function oneRun(url: string, article: string, cites: number): Promise<RunFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${url}/?article=${article}`);
    const navToDrawnMs = await waitForMark(page, 'claimtrace:graph-ready');

    await page.goto(`${url}/?article=${article}&layout=evidence-trail`);
    const navToDrawnTrailMs = await waitForMark(page, 'claimtrace:graph-ready');
    const target = await claimNodeCiting(page, cites);
    if (!target) throw new Error(`No claim on the canvas cites [${cites}]`);
    await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="graph-canvas"]');
      canvas?.addEventListener(
        'pointerdown',
        (e) => {
          (window as unknown as { __down: number }).__down = e.timeStamp;
        },
        { once: true, capture: true },
      );
    });
    const box = await page.getByTestId('graph-canvas').boundingBox();
    if (!box) throw new Error('The graph canvas is not on screen');
    await page.mouse.click(box.x + target.pos.x, box.y + target.pos.y);
    await page.waitForSelector(`[data-testid="graph-canvas"][data-traced="${target.id}"]`, {
      timeout: 60_000,
    });
    const clickToTraceMs = await page.evaluate((id) => {
      const mark = performance
        .getEntriesByName('claimtrace:trace-shown', 'mark')
        .filter((m) => (m as PerformanceMark).detail === id)
        .at(-1);
      return (mark?.startTime ?? Number.NaN) - (window as unknown as { __down: number }).__down;
    }, target.id);
    return { navToDrawnMs, navToDrawnTrailMs, clickToTraceMs };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run bench:interaction --')
    .description('Cold-browser timings of the explorer: navigation to drawn graph, click to trace.')
    .option('--url <url>', 'the running app', 'http://localhost:3000')
    .option('--article <slug>', 'the article to open', 'emotionally-unavailable-men')
    .option('--cites <n>', 'click the claim that cites this number', '16')
    .option('--runs <n>', 'fresh-browser runs', '5')
    .parse();
  const o = program.opts<{ url: string; article: string; cites: string; runs: string }>();
  const runs: RunFigures[] = [];
  for (let i = 0; i < Number(o.runs); i++) {
    const r = await oneRun(o.url.replace(/\/$/, ''), o.article, Number(o.cites));
    console.log(
      `run ${i + 1}: nav→drawn ${round(r.navToDrawnMs)} ms (fcose), ${round(r.navToDrawnTrailMs)} ms (evidence trail); click→trace ${round(r.clickToTraceMs)} ms`,
    );
    runs.push(r);
  }
  const table = new Table({
    head: ['Measure', 'Median ms', 'p95 ms', 'Runs'],
    style: { head: [], border: [] },
  });
  const row = (name: string, values: number[]) =>
    table.push([
      name,
      String(round(median(values))),
      String(round(percentile(values, 95))),
      String(values.length),
    ]);
  row(
    'navigation → drawn graph (fcose, cold browser)',
    runs.map((r) => r.navToDrawnMs),
  );
  row(
    'navigation → drawn graph (evidence trail)',
    runs.map((r) => r.navToDrawnTrailMs),
  );
  row(
    `click on the claim citing [${o.cites}] → trace shown`,
    runs.map((r) => r.clickToTraceMs),
  );
  console.log(table.toString());
}

main().catch((error) => {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
});
