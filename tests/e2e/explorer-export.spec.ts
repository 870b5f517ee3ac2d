import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test } from '@playwright/test';
import { articleGraphSchema } from '@/lib/schemas/graph';
import { openExplorer, withCy } from './explorer-helpers';

const expect = baseExpect.configure({ timeout: 15_000 });

/* Export: PNG and SVG of the drawing, and the visible subgraph as JSON in the API's own shape. */
test('exports PNG, SVG and the visible subgraph as JSON', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('checkbox', { name: /Narcissistic personality disorder/ }).click();
  await expect(page.getByRole('checkbox', { name: /Narcissistic personality disorder/ })).toBeChecked();

  const save = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  };

  const json = await save('JSON');
  expect(json.name).toMatch(/\.json$/);
  const sub = articleGraphSchema.parse(JSON.parse(json.bytes.toString('utf8')));
  const shown = await withCy(page, (cy) => cy.nodes().filter((n) => !n.hasClass('hidden')).length, null);
  expect(sub.nodes).toHaveLength(shown);
  expect(sub.nodes.length).toBeLessThan(50);

  const svg = await save('SVG');
  expect(svg.name).toMatch(/\.svg$/);
  expect(svg.bytes.toString('utf8')).toMatch(/<svg[\s>]/);

  const png = await save('PNG');
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
});
