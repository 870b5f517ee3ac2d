import type { SourceLine } from '../blocks';
import { findReferenceList, mostlyReferences } from '../reference-list';
import { tag } from './html-element';
import { readsAsProse } from './html-preformatted-prose';

/**
 * A plain-text document set whole in one <pre> under no title of its own, as a library's pages
 * show a C function's docstring: its notes in prose cite works by author and year ("taken from
 * Hohenkerk and Sinclair (1985)"), and its own "References:" line heads the list, in the same
 * block. Elsewhere a <pre> is code (html-preformatted-prose.ts); this one is taken for a document
 * when the plain-text reader finds a list of works under a heading in it (two entries or more,
 * most reading as works) and the text above the list reads as prose. It is rewritten in place:
 * each paragraph of prose a <p>, the heading an <h3>, each entry a <p> under it; parts that are
 * not prose (a table of values, a parameter list) stay preformatted.
 */

/** A word that may name a list; a block without one is not read line by line. */
const LIST_WORD = /references|bibliography|literature|works cited|sources|notes/i;
/** The longest block read so: a document, not a dump. */
const MAX_LENGTH = 200_000;

function partsOf(text: string): string[] {
  return text.split(/\n[ \t]*\n/).filter((part) => part.trim() !== '');
}

/** Paragraphs of prose as <p>, other parts as <pre>, their lines kept. */
function blocksOf(document: Document, text: string): Element[] {
  return partsOf(text).map((part) => {
    const prose = readsAsProse(part);
    const el = document.createElement(prose ? 'p' : 'pre');
    el.textContent = prose ? part.replace(/\s+/g, ' ').trim() : part;
    return el;
  });
}

export function spellOutPreformattedDocuments(root: Element): void {
  for (const pre of [...root.getElementsByTagName('pre')]) {
    // A <pre> already read as a definition's or a title's block is gone; one inside a list is an item's.
    if (!pre.parentElement || tag(pre.parentElement) === 'li') continue;
    const text = pre.textContent ?? '';
    if (text.length > MAX_LENGTH || !LIST_WORD.test(text)) continue;
    const lines: SourceLine[] = text.split(/\r?\n/).map((line, i) => ({ text: line, number: i + 1 }));
    const list = findReferenceList(lines);
    if (!list || list.heading === null || list.entries.length < 2) continue;
    const entries = list.entries.map((e) => e.raw.replace(/\s+/g, ' ').trim());
    const before = lines
      .slice(0, list.start)
      .map((l) => l.text)
      .join('\n');
    if (!mostlyReferences(entries) || !readsAsProse(before)) continue;
    const after = lines
      .slice(list.end)
      .map((l) => l.text)
      .join('\n');
    const document = pre.ownerDocument;
    const heading = document.createElement('h3');
    heading.textContent = list.heading;
    const items = entries.map((entry) => {
      const p = document.createElement('p');
      p.textContent = entry;
      return p;
    });
    // What follows the list in the block ("This revision: 2021 February 24", a copyright line) is
    // none of it: a rule ends the list there, as a page's footer rule does.
    const rest = blocksOf(document, after);
    const end = rest.length > 0 ? [document.createElement('hr'), ...rest] : [];
    pre.replaceWith(...blocksOf(document, before), heading, ...items, ...end);
  }
}
