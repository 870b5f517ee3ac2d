import { expect as baseExpect, type Page, test } from '@playwright/test';
import { openExplorer, withCy } from './explorer-helpers';
import { SHOTS, VIEWPORTS } from './support/page-checks';

const expect = baseExpect.configure({ timeout: 15_000 });

/*
 * A traced claim's labels in the evidence trail, on the seeded article, at desktop and phone size.
 * The trail stacks a column's nodes 34 units apart, closer on screen than a label is high at the
 * zoom a trace is framed at, so the labels of a claim's works or authors used to cover one another.
 * The boxes measured here are the ones Cytoscape draws (its own text measurement), not the
 * estimate the app places labels with.
 */

interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The claim whose trace has the most nodes in one column (works, or their authors). */
async function busiestClaim(page: Page): Promise<string> {
  const id = await withCy(
    page,
    (cy) => {
      const score = (claimId: string) => {
        const works = cy
          .edges('.cites')
          .filter((e) => e.source().id() === claimId)
          .map((e) => e.target());
        const authors = new Set(
          works.flatMap((w) =>
            w
              .connectedEdges('.authored-by')
              .filter((e) => e.source().id() === w.id())
              .map((e) => e.target().id()),
          ),
        );
        return Math.max(works.length, authors.size);
      };
      const ranked = cy
        .nodes('.claim')
        .map((n) => ({ id: n.id(), score: score(n.id()) }))
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
      return ranked[0]?.score && ranked[0].score > 2 ? ranked[0].id : null;
    },
    null,
  );
  if (!id) throw new Error('no claim on the canvas cites more than two works or authors');
  return id;
}

/** Each node's position in the graph's own units. */
function positions(page: Page, ids: string[]) {
  return withCy(
    page,
    (cy, list) =>
      Object.fromEntries(
        list.map((id) => {
          const n = cy.getElementById(id) as unknown as { position(): { x: number; y: number } };
          return [id, n.position()];
        }),
      ),
    ids,
  );
}

/** The traced nodes' label boxes as drawn, in canvas pixels. */
function tracedLabelBoxes(page: Page): Promise<Box[]> {
  return withCy(
    page,
    (cy) =>
      cy.nodes('.traced').map((n) => {
        const b = (
          n as unknown as {
            renderedBoundingBox(o: object): { x1: number; y1: number; x2: number; y2: number };
          }
        ).renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      }),
    null,
  );
}

/** How far down the canvas stays uncovered: a phone's details sheet hides what is below it. */
async function uncoveredHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement;
    const top = canvas.getBoundingClientRect().top;
    const panel = document.querySelector('.side-panel');
    const sheet =
      panel && getComputedStyle(panel).position === 'absolute' ? panel.getBoundingClientRect().top : null;
    return Math.min(canvas.getBoundingClientRect().bottom, sheet ?? Number.POSITIVE_INFINITY) - top;
  });
}

const overlapping = (a: Box, b: Box) =>
  Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5;

/** Waits until the trace of `claimId` is drawn and the view has stopped moving. */
async function traceSettled(page: Page, claimId: string) {
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-traced', claimId);
  await expect.poll(() => withCy(page, (cy) => cy.animated(), null)).toBe(false);
  // The labels are restyled in the frame after the view stops; two frames and they are drawn.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

for (const { name, size } of VIEWPORTS) {
  test.describe(`at ${name} size`, () => {
    test.use(name === 'phone' ? { viewport: size, hasTouch: true, isMobile: true } : { viewport: size });

    test('a claim traced in the evidence trail has every label readable: none covers another, none is cut', async ({
      page,
    }) => {
      await openExplorer(page, '?layout=evidence-trail');
      const claimId = await busiestClaim(page);
      const all = await withCy(page, (cy) => cy.nodes().map((n) => n.id()), null);
      const before = await positions(page, all);

      // The claim is chosen where it is drawn, as a reader would: centred at life size, then clicked.
      await withCy(
        page,
        (cy, id) => {
          cy.zoom(1);
          cy.center(cy.getElementById(id));
        },
        claimId,
      );
      const at = await withCy(page, (cy, id) => cy.getElementById(id).renderedPosition(), claimId);
      const canvas = await page.getByTestId('graph-canvas').boundingBox();
      if (!canvas) throw new Error('canvas not on screen');
      if (name === 'phone') await page.touchscreen.tap(canvas.x + at.x, canvas.y + at.y);
      else await page.mouse.click(canvas.x + at.x, canvas.y + at.y);
      await traceSettled(page, claimId);
      // The details (a sheet over the canvas on a phone) at their full height before measuring.
      await expect(page.getByTestId('evidence-badge')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/trace-labels-evidence-trail-${name}.png` });

      const boxes = await tracedLabelBoxes(page);
      expect(boxes.length).toBeGreaterThan(4);
      const covered = boxes.flatMap((a, i) =>
        boxes.slice(i + 1).flatMap((b) => (overlapping(a, b) ? [`${a.id} / ${b.id}`] : [])),
      );
      expect(covered).toEqual([]);
      const width = await withCy(page, (cy) => cy.width(), null);
      const height = await uncoveredHeight(page);
      const cut = boxes.filter((b) => b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height).map((b) => b.id);
      expect(cut).toEqual([]);

      // Back to no selection: every node is where the trail put it.
      await page.goBack();
      await expect(page.getByTestId('graph-canvas')).not.toHaveAttribute('data-traced', /./);
      await expect.poll(() => withCy(page, (cy) => cy.animated(), null)).toBe(false);
      const after = await positions(page, all);
      const moved = all.filter(
        (id) =>
          Math.abs((after[id]?.x ?? 0) - (before[id]?.x ?? 0)) > 0.5 ||
          Math.abs((after[id]?.y ?? 0) - (before[id]?.y ?? 0)) > 0.5,
      );
      expect(moved).toEqual([]);
    });
  });
}
