import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { librarySchema } from '@/lib/schemas/library';
import { SHOTS, SIZES, signIn } from './support/signed-in';
import { writeHeaders } from './support/write-token';

const expect = baseExpect.configure({ timeout: 20_000 });

/* One sentence backed by [1], one assertion without a citation: coverage 50%, one uncited claim. */
const markdown = (title: string) => `# ${title}

Naps help people learn new motor skills [1]. A short nap restores alertness in most adults.

## References

1. Mednick, S. C. (2003). Sleep-dependent learning: a nap is as good as a night. Nature Neuroscience, 6(7), 697-698.
`;

async function librarySlugs(page: Page): Promise<string[]> {
  const response = await page.request.get('/api/library');
  return librarySchema.parse(await response.json()).articles.map((a) => a.slug);
}

async function seriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const size of SIZES) {
  test.describe(`adding an article at ${size.name} size`, () => {
    test.use({ viewport: size.viewport });
    test.beforeEach(async ({ context, baseURL }) => {
      await signIn(context, baseURL ?? '');
    });

    test('a Markdown file: Preview writes nothing, Save adds it to the library and the explorer', async ({
      page,
      request,
    }) => {
      const title = `Naps and learning ${size.name}`;
      const slug = `naps-and-learning-${size.name}`;
      await page.goto('/library');
      await page.getByRole('link', { name: 'Add article' }).click();
      await expect(page).toHaveURL(/\/add$/);

      await page.getByLabel('Or choose a file, or drop it here').setInputFiles({
        name: `Naps and learning ${size.name}.md`,
        mimeType: 'text/markdown',
        buffer: Buffer.from(markdown(title)),
      });
      await expect(page.getByLabel('Slug (its name in links)')).toHaveValue(slug);
      await page.getByRole('button', { name: 'Preview' }).click();

      const summary = page.getByTestId('preview-summary');
      await expect(summary).toContainText(`Preview: ${title}`);
      await expect(summary).toContainText('Read as markdown');
      await expect(summary.getByRole('definition').first()).toHaveText('50%');
      await expect(summary).toContainText('Uncited claims: 1');
      await expect(summary).toContainText('A short nap restores alertness in most adults.');
      expect(await librarySlugs(page)).not.toContain(slug);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        size.viewport.width,
      );
      await page.screenshot({ path: `${SHOTS}/add-preview-${size.name}.png`, fullPage: true });

      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('heading', { name: `Saved: ${title}` })).toBeVisible();
      expect(await librarySlugs(page)).toContain(slug);

      await page.getByRole('link', { name: 'The library' }).click();
      const row = page.getByTestId('library-table').locator('tbody tr').filter({ hasText: title });
      await expect(row).toContainText('Markdown');
      await expect(row).toContainText('50%');
      await row.getByRole('link', { name: 'Explorer' }).click();
      await expect(page).toHaveURL(new RegExp(`\\?article=${slug}$`));
      const graph = page.getByRole('img', { name: new RegExp(`^Graph of ${title}: \\d+ nodes`) });
      await expect(graph).toHaveAttribute('data-ready', 'true');
      await expect(page.getByRole('combobox', { name: 'Article' })).toHaveValue(slug);

      expect((await request.delete(`/api/articles/${slug}`, { headers: writeHeaders() })).status()).toBe(204);
    });

    test('a PDF is refused next to the input with the formats read, and nothing is written', async ({
      page,
    }) => {
      await page.goto('/add');
      await page.getByLabel('Or choose a file, or drop it here').setInputFiles({
        name: 'paper.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n'),
      });
      const before = await librarySlugs(page);
      await page.getByRole('button', { name: 'Preview' }).click();
      // Next's route announcer is an (empty) alert too: the reader's error is the one next to the input.
      const alert = page.getByRole('alert').filter({ hasText: 'Nothing was saved.' });
      await expect(alert).toContainText('cannot be read');
      await expect(alert).toContainText('Markdown (.md)');
      await expect(alert).toContainText('Word (.docx)');
      await expect(alert).toContainText('Nothing was saved.');
      await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
      expect(await librarySlugs(page)).toEqual(before);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/add-refused-${size.name}.png`, fullPage: true });
    });
  });
}
