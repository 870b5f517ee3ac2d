import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SourceDocument } from '../document/source-document';
import { readHtmlTree } from './html-blocks';
import { checkHtmlDepth } from './html-depth';

/**
 * An HTML page: parsed by linkedom (entities decoded), its main content taken from <article> or
 * <main>, or, on a page that marks neither, found by Readability (the reader view of Firefox),
 * which scores the whole page and is the slow part (docs/decisions/020-format-readers.md). The
 * blocks, callouts and reference list are read by the walker shared with the Word reader.
 */
export function readHtml(html: string): SourceDocument {
  checkHtmlDepth(html);
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const main = document.querySelector('article') ?? document.querySelector('main');
  if (main) return { format: 'html', ...readHtmlTree(main, pageTitle) };
  return { format: 'html', ...readHtmlTree(mainContent(html) ?? document.documentElement, pageTitle) };
}

/** Readability's main content as a fresh tree, or null when it finds none (or the page defeats it). */
function mainContent(html: string): Element | null {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document, { keepClasses: true }).parse();
    if (!article?.content) return null;
    return parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document.body;
  } catch {
    return null; // a page nested too deep for Readability's recursion: read it whole
  }
}
