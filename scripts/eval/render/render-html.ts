import type { TruthArticle, TruthBlock, TruthCallout } from '../truth/truth-article';
import type { Rendering } from './rendering';

/**
 * The article as a journal's web page would show it: an `<article>` with `<h1>`…, paragraphs,
 * lists, tables and figure captions; each callout, as written, a link to its entry
 * (`<a href="#ref-3">[3]</a>`, or `[<a href="#ref-3">3</a>]` where the publisher set the brackets
 * outside its link); the reference list an `<ol>` (numeric) or `<ul>` (author–date) whose
 * items carry the anchors.
 */
export function renderHtml(article: TruthArticle): Rendering {
  const body: string[] = [];
  const blocks = article.blocks;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as TruthBlock;
    if (block.kind === 'table-header' || block.kind === 'table-row') {
      let end = i;
      while (blocks[end + 1]?.kind === 'table-row' || blocks[end + 1]?.kind === 'table-header') end += 1;
      body.push(table(blocks.slice(i, end + 1)));
      i = end;
    } else if (block.kind === 'bullet' || block.kind === 'numbered') {
      let end = i;
      while (blocks[end + 1]?.kind === block.kind) end += 1;
      const tag = block.kind === 'bullet' ? 'ul' : 'ol';
      const items = blocks.slice(i, end + 1).map((b) => `<li>${inline(b.text, b.callouts)}</li>`);
      body.push(`<${tag}>${items.join('')}</${tag}>`);
      i = end;
    } else if (block.kind === 'heading') {
      const level = Math.min(6, (block.level ?? 1) + 1);
      body.push(`<h${level}>${inline(block.text, block.callouts)}</h${level}>`);
    } else if (block.kind === 'caption') {
      body.push(`<figure><figcaption>${inline(block.text, block.callouts)}</figcaption></figure>`);
    } else {
      body.push(`<p>${inline(block.text, block.callouts)}</p>`);
    }
  }
  const list = article.style === 'numeric' ? 'ol' : 'ul';
  const refs = article.references.map((r) => `<li id="ref-${r.number}">${escapeHtml(r.text)}</li>`);
  const title = escapeHtml(article.title);
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header><nav><a href="/">Journal</a></nav></header>
<main><article><h1>${title}</h1>
${body.join('\n')}
<section id="references"><h2>References</h2><${list}>${refs.join('')}</${list}></section>
</article></main><footer><p>Published under CC BY 4.0.</p></footer></body></html>
`;
  return { name: `${article.id}.html`, bytes: new TextEncoder().encode(html) };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text with its callouts as links to their last target's entry. A link covers what the publisher
 * linked: `[<xref>46</xref>–<xref>48</xref>]` becomes `[<a>46</a>–<a>48</a>]`, as on the
 * publisher's own page, never `<a>[46</a>–<a>48]</a>`.
 */
function inline(text: string, callouts: TruthCallout[], offset = 0): string {
  let out = '';
  let at = 0;
  for (const c of callouts) {
    const start = c.start - offset;
    const end = c.end - offset;
    if (start < at || end > text.length) continue;
    const linkStart = (c.link?.start ?? c.start) - offset;
    const linkEnd = (c.link?.end ?? c.end) - offset;
    out += escapeHtml(text.slice(at, linkStart));
    out += `<a href="#ref-${c.targets[c.targets.length - 1]}">${escapeHtml(text.slice(linkStart, linkEnd))}</a>`;
    out += escapeHtml(text.slice(linkEnd, end));
    at = end;
  }
  return out + escapeHtml(text.slice(at));
}

function table(rows: TruthBlock[]): string {
  const html = rows.map((row) => {
    const tag = row.kind === 'table-header' ? 'th' : 'td';
    let cursor = 0;
    const cells = (row.cells ?? [row.text]).map((cell) => {
      const start = row.text.indexOf(cell, cursor);
      cursor = start < 0 ? cursor : start + cell.length;
      const inside = row.callouts.filter(
        (c) => start >= 0 && c.start >= start && c.end <= start + cell.length,
      );
      return `<${tag}>${inline(cell, inside, Math.max(0, start))}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>${html.join('')}</table>`;
}
