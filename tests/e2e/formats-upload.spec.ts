import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { articlePreviewSchema } from '@/lib/schemas/articles';
import { writeHeaders } from './support/write-token';

/*
 * Every reader runs in the production server's parse worker, which Next bundles on its own: a
 * reader whose dependency the bundle lost would work in unit tests and fail only here.
 */

const HTML = `<!DOCTYPE html><html><head><title>Naps in HTML</title></head><body>
<nav><a href="/">Home</a></nav>
<article>
<h1>Naps in HTML</h1>
<p>Naps help people learn new motor skills.<sup><a href="#ref1">1</a></sup> A short nap restores alertness.</p>
<h2>References</h2>
<ol><li id="ref1">Mednick, S. C. (2003). Sleep-dependent learning: a nap is as good as a night. Nature Neuroscience, 6(7), 697-698.</li></ol>
</article></body></html>`;

async function docx(): Promise<Buffer> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('A note on method, not a claim.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Naps in Word', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Naps help people learn new motor skills [1].'),
              new FootnoteReferenceRun(1),
              new TextRun(' A short nap restores alertness.'),
            ],
          }),
          new Paragraph({ text: 'References', heading: HeadingLevel.HEADING_2 }),
          new Paragraph(
            '[1] Mednick, S. C. (2003). Sleep-dependent learning: a nap is as good as a night. Nature Neuroscience, 6(7), 697-698.',
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function preview(request: import('@playwright/test').APIRequestContext, name: string, bytes: Buffer) {
  const response = await request.post('/api/articles/preview', {
    headers: writeHeaders(),
    data: { slug: 'format-upload', file: { name, base64: bytes.toString('base64') } },
  });
  expect(response.status(), await response.text()).toBe(200);
  return articlePreviewSchema.parse(await response.json());
}

test('an HTML page is read by the server: superscript links are citations, the nav is dropped', async ({
  request,
}) => {
  const read = await preview(request, 'naps.html', Buffer.from(HTML));
  expect(read.format).toBe('html');
  expect(read.title).toBe('Naps in HTML');
  expect(read.report.references_listed).toEqual([1]);
  expect(read.report.markers_cited).toEqual([1]);
  expect(read.report.claims.map((c) => c.text).join(' ')).not.toContain('Home');
  expect(read.report.summary.uncited).toBe(1);
});

test('a Word file is read by the server, its footnote a note and not a claim', async ({ request }) => {
  const read = await preview(request, 'naps.docx', await docx());
  expect(read.format).toBe('docx');
  expect(read.report.references_listed).toEqual([1]);
  expect(read.report.markers_cited).toEqual([1]);
  expect(read.report.claims.map((c) => c.text)).not.toContain('A note on method, not a claim.');
});

test('a JATS file is read by the server with its exact citations', async ({ request }) => {
  const bytes = readFileSync('tests/fixtures/formats/jats/numeric.valid.xml');
  const read = await preview(request, 'article.xml', bytes);
  expect(read.format).toBe('jats');
  expect(read.report.markers_cited.length).toBeGreaterThan(0);
});

test('a PDF is refused with 415 and the formats read', async ({ request }) => {
  const response = await request.post('/api/articles/preview', {
    headers: writeHeaders(),
    data: { slug: 'format-upload', file: { name: 'paper.pdf', base64: Buffer.from('%PDF-1.7\n').toString('base64') } },
  });
  expect(response.status()).toBe(415);
  expect(await response.text()).toContain('Word (.docx)');
});
