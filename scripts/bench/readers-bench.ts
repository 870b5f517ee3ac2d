import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { parseArticleBytes } from '@/lib/ingest/parse-article';
import { loadJatsCorpus } from '../eval/corpus';
import { renderDocx } from '../eval/render/render-docx';
import { renderHtml } from '../eval/render/render-html';
import { renderMarkdown } from '../eval/render/render-markdown';
import { renderText } from '../eval/render/render-text';
import type { Renderer } from '../eval/render/rendering';
import type { TruthArticle } from '../eval/truth/truth-article';
import { terminalTable } from './report/table';
import { medianOfRuns, round } from './stats';

/*
 * npm run bench:readers -- [--mb n] [--runs n]
 *
 * Parse time (bytes → graph document, reader included) of one article of about --mb MB in each
 * format. The article is the numeric PLOS articles of eval/corpus/jats joined into one (their
 * blocks in order, each article's references renumbered after the last one's), rendered to each
 * format by the evaluation's renderers: real prose, real callouts, real entries. Medians after a
 * warm-up; on a shared machine every timing is an upper bound.
 */

function joined(articles: TruthArticle[], targetBytes: number): TruthArticle {
  const numeric = articles.filter((a) => a.style === 'numeric');
  const out: TruthArticle = {
    id: 'joined',
    title: 'Joined PLOS articles',
    style: 'numeric',
    blocks: [],
    references: [],
  };
  let size = 0;
  for (let pass = 0; size < targetBytes; pass++) {
    for (const article of numeric) {
      if (size >= targetBytes) break;
      const offset = out.references.length;
      for (const block of article.blocks) {
        out.blocks.push({
          ...block,
          callouts: block.callouts.map((c) => ({ ...c, targets: c.targets.map((t) => t + offset) })),
        });
        size += block.text.length;
      }
      for (const ref of article.references) {
        out.references.push({ number: ref.number + offset, text: ref.text });
        size += ref.text.length;
      }
    }
    if (pass > 100) break;
  }
  return out;
}

/**
 * The same page without <main> and <article>: the main content is then found by Readability and
 * checked against the page read whole (lost entries, lost citing paragraphs), the slow path.
 */
const withoutArticle: Renderer = async (article) => {
  const { name, bytes } = await renderHtml(article);
  const html = new TextDecoder()
    .decode(bytes)
    .replace(/<\/?(?:main|article)>/g, (tag) => tag.replace(/main|article/, 'div'));
  return { name, bytes: new TextEncoder().encode(html) };
};

/**
 * Real pages of the evaluation corpus, as published: markup the renderers do not write (a manual
 * of some 11,000 elements with no <article>, its code in tables and its figures in captions).
 */
const REAL_PAGES: [string, string][] = [
  ['html, real page (Biopython tutorial)', 'eval/corpus/web-holdout-3/biopython-tutorial.html'],
];

/**
 * A manual's index as generators write one (texinfo, DocBook): about `bytes` of short list items,
 * each a term and links to where it is used, under no <article>; a paragraph cites a short list.
 * Link-dense pages are where Readability's scoring and the line placing of claims grew fastest.
 */
function indexPage(bytes: number): Uint8Array {
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item = `<li><a href="ch${i % 97}.html#t${i}"><code>term_${i}</code></a>, <a href="ch${i % 89}.html">${i % 31}.${i % 7}</a></li>\n`;
    items.push(item);
    size += item.length;
  }
  const html = `<html><head><title>Index</title></head><body><div class="index"><h1>Index</h1><p>Terms follow the glossary of [1].</p><ul>\n${items.join('')}</ul><h2>References</h2><ol><li>Doe, J. (2000). A glossary. Manuals, 1, 2-3.</li></ol></div></body></html>`;
  return new TextEncoder().encode(html);
}

async function main(): Promise<void> {
  const options = new Command('bench:readers')
    .option('--mb <n>', 'size of the article in MB of text', '1')
    .option('--runs <n>', 'runs of each (median)', '5')
    .parse()
    .opts<{ mb: string; runs: string }>();
  const runs = Math.max(1, Number(options.runs));
  const article = joined(await loadJatsCorpus(), Number(options.mb) * 1024 * 1024);
  const renderers: [string, Renderer][] = [
    ['text', renderText],
    ['markdown', renderMarkdown],
    ['html', renderHtml],
    ['html, no <article>', withoutArticle],
    ['docx', renderDocx],
  ];
  const rows: (string | number)[][] = [];
  for (const [format, render] of renderers) {
    const { name, bytes } = await render(article);
    let claims = 0;
    const ms = await medianOfRuns(runs, async () => {
      claims = (await parseArticleBytes(bytes, { slug: 'bench-readers', name })).claims.length;
    });
    rows.push([format, `${round(bytes.byteLength / 1024 / 1024, 2)} MB`, claims, `${round(ms)} ms`]);
  }
  const pages: [string, Uint8Array][] = [
    ...(await Promise.all(
      REAL_PAGES.map(async ([format, path]): Promise<[string, Uint8Array]> => [format, await readFile(path)]),
    )),
    ['html, index page (links, no <article>)', indexPage(1024 * 1024)],
  ];
  for (const [format, bytes] of pages) {
    let claims = 0;
    const ms = await medianOfRuns(runs, async () => {
      claims = (await parseArticleBytes(bytes, { slug: 'bench-readers', name: 'page.html' })).claims.length;
    });
    rows.push([format, `${round(bytes.byteLength / 1024 / 1024, 2)} MB`, claims, `${round(ms)} ms`]);
  }
  const title = `One article of ${article.blocks.length} blocks and ${article.references.length} references: parse time (bytes → graph document), median of ${runs}; target for 1 MB of HTML ≤ 1 s`;
  console.log(terminalTable({ title, head: ['format', 'file', 'claims', 'parse'], rows }));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
