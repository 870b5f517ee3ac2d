import type { SourceLine } from './blocks';

/**
 * A paginated plain text (an RFC, an Internet-Draft, a typed report) repeats furniture at every
 * page break: a footer ending in the page's number, a form feed, and a running head over the next
 * page:
 *
 *   Goncalves, et al.           Standards Track                    [Page 11]
 *   ^L
 *   RFC 5334                    Ogg Media Types               September 2008
 *
 * Read as text, the two lines end a reference list in the middle (its entries on the next page
 * are taken for prose) and split paragraphs with claims that say nothing. They are blanked, line
 * numbers kept, before the text is read.
 */

/** A footer: text, a run of three spaces or more, and the page's number, "[Page 11]" or "Page 3". */
const FOOTER = /^\s*\S.*\S\s{3,}\[?Page \d{1,4}\]?\s*$/;
/** A running head: columns of text set apart by runs of three spaces or more. */
const COLUMNS = /^\s*\S.*?\S\s{3,}\S/;
/** How many lines past a footer its page's running head may stand: blank lines, a form feed, blank lines. */
const HEAD_WITHIN = 12;

export function withoutPageFurniture(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((line) => FOOTER.test(line.text))) return lines;
  const out = lines.slice();
  const blank = (i: number) => {
    out[i] = { ...(out[i] as SourceLine), text: '' };
  };
  for (let i = 0; i < lines.length; i++) {
    if (!FOOTER.test(lines[i]?.text ?? '')) continue;
    blank(i);
    // The next page's head: the first line with text after the footer, when laid out in columns.
    for (let j = i + 1; j < Math.min(lines.length, i + 1 + HEAD_WITHIN); j++) {
      const text = lines[j]?.text ?? '';
      if (text.trim() === '') continue;
      if (COLUMNS.test(text) && !FOOTER.test(text)) blank(j);
      break;
    }
  }
  return out;
}
