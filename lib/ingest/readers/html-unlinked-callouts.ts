import type { SourceCitation } from '../document/source-document';

/**
 * Bracketed numbers a writer left without a link, on a page whose links are exact. LaTeX
 * converters (HeVeA, LaTeX2HTML, tex4ht) put the brackets in the text and only the number in the
 * link: `[<a href="#durbin1998">16</a>]`. A `[36]` typed by hand in the source comes out as plain
 * text in the same brackets, and an exact page reads only its links, so it was lost. On such a
 * page, where most linked callouts stand right after a "[", an unlinked "[36]" or "[2, 5]" whose
 * numbers are all listed is the same callout. Pages whose links hold their own brackets (Sphinx's
 * `<a>[1]</a>`) or none (a gallery's bare linked numbers) are left to their links: there a
 * bracketed number in the text is more often code (`x[1]`) or an interval.
 */
const UNLINKED = /(?<![\p{L}\p{N}_\])])\[(\d{1,4}(?:\s*,\s*\d{1,4})*)\]/gu;

/** Whether most linked callouts of the page are written inside brackets of the text. */
export function linksInTextBrackets(
  texts: readonly string[],
  citations: readonly SourceCitation[][],
): boolean {
  let linked = 0;
  let bracketed = 0;
  citations.forEach((list, i) => {
    const text = texts[i] ?? '';
    for (const c of list) {
      if (c.targets.length === 0) continue;
      linked++;
      if (text[c.start - 1] === '[' && !text.slice(c.start, c.end).includes('[')) bracketed++;
    }
  });
  return linked > 0 && bracketed * 2 > linked;
}

/** The unlinked "[n]" callouts of one block whose numbers are all listed, outside its linked callouts. */
export function unlinkedBracketCallouts(
  text: string,
  linked: readonly SourceCitation[],
  listed: ReadonlySet<number>,
): SourceCitation[] {
  const out: SourceCitation[] = [];
  for (const m of text.matchAll(UNLINKED)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (linked.some((c) => c.start < end && c.end > start)) continue;
    const numbers = (m[1] ?? '').split(',').map((n) => Number(n.trim()));
    if (numbers.every((n) => listed.has(n))) out.push({ start, end, targets: numbers });
  }
  return out;
}
