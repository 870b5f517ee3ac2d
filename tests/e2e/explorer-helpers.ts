import { expect as baseExpect, type Page } from '@playwright/test';

// Panels wait for an API reply; on a busy 2-core machine that can take a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

/*
 * Helpers for the explorer's browser tests. The canvas is read through the Cytoscape instance that
 * Cytoscape itself registers on its container (`_cyreg`), so tests click real canvas positions and
 * check what is drawn without a test-only hook in the app.
 */

export async function openExplorer(page: Page, query = '') {
  await page.goto(`/${query}`);
  await waitForGraph(page);
}

export async function waitForGraph(page: Page) {
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
}

/** Runs a function against the page's Cytoscape instance. */
export function withCy<T, A>(page: Page, fn: (cy: CyLike, arg: A) => T, arg: A): Promise<T> {
  return page.evaluate(
    ([src, a]) => {
      const el = document.querySelector('[data-testid="graph-canvas"]') as unknown as {
        _cyreg: { cy: CyLike };
      };
      // The function's source comes from the test itself; it is rebuilt here inside the page.
      return new Function(`return (${src})`)()(el._cyreg.cy, a);
    },
    [fn.toString(), arg] as const,
  ) as Promise<T>;
}

// The slice of Cytoscape's API the tests use (types of the page's objects are not importable here).
export interface CyEl {
  id(): string;
  data(key: string): unknown;
  hasClass(c: string): boolean;
  renderedPosition(): { x: number; y: number };
  connectedEdges(sel?: string): CyColl;
  source(): CyEl;
  target(): CyEl;
}
export interface CyColl {
  length: number;
  boundingBox(): { x1: number; y1: number; w: number; h: number };
  map<T>(f: (e: CyEl) => T): T[];
  filter(f: (e: CyEl) => boolean): CyColl;
  some(f: (e: CyEl) => boolean): boolean;
  every(f: (e: CyEl) => boolean): boolean;
}
export interface CyLike {
  getElementById(id: string): CyEl;
  elements(sel?: string): CyColl;
  nodes(sel?: string): CyColl;
  edges(sel?: string): CyColl;
  animated(): boolean;
  zoom(): number;
  zoom(level: number): void;
  pan(): { x: number; y: number };
  height(): number;
  width(): number;
  center(el: CyEl): void;
}

/** The id of the claim that cites reference [n]. */
export async function claimCiting(page: Page, n: number): Promise<string> {
  const id = await withCy(
    page,
    (cy, num) =>
      cy
        .edges('.cites')
        .filter((e) => e.target().data('order') === num)
        .map((e) => e.source().id())[0],
    n,
  );
  if (!id) throw new Error(`no claim on the canvas cites [${n}]`);
  return id;
}

/** Clicks a node where it is drawn on the canvas. */
export async function clickNode(page: Page, id: string) {
  await expect.poll(() => withCy(page, (cy) => cy.animated(), null)).toBe(false);
  const pos = await withCy(page, (cy, nid) => cy.getElementById(nid).renderedPosition(), id);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('canvas not on screen');
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
}
