import type { SourceCitation } from '../document/source-document';
import { isRangeDash, isSuspiciousRange } from '../markers';

/**
 * Callouts joined into ranges. A page that links each number to its entry writes a range as two
 * links with a dash between them: PLOS's `<a href="#ref-2">[2]</a>–<a href="#ref-4">[4]</a>`, or
 * a superscript `<sup><a>2</a>–<a>4</a></sup>`. Read link by link, that cites 2 and 4 and drops 3,
 * where the reader sees 2 to 4. Two callouts whose text is numbers and whose only text between
 * is a dash become one callout spanning both, the numbers between added, as the marker grammar
 * reads "[2]–[4]" in plain text (a range that grammar would not expand keeps its two ends).
 * A callout read through its link's anchor (a name, "Smith, 2020") is left as it is: its target
 * is a position in the list, not a number a dash can span.
 */
export function joinCalloutRanges<C extends LinkedCitation>(text: string, citations: C[]): C[] {
  // Copies, extended in place: a page of many thousand linked callouts in a row costs linear time.
  const out: C[] = [];
  let highest = 0; // the highest number of the callout before: where a range joined to it starts
  for (const citation of citations) {
    const previous = out[out.length - 1];
    if (previous && joinable(text, previous, citation)) {
      previous.end = citation.end;
      previous.targets.push(...between(highest, lowest(citation.targets)));
      for (const n of citation.targets) previous.targets.push(n);
    } else {
      out.push({ ...citation, targets: [...citation.targets] });
    }
    highest = citation.targets.reduce((a, b) => Math.max(a, b), 0);
  }
  for (const c of out) c.targets = [...new Set(c.targets)];
  return out;
}

const lowest = (numbers: number[]) => numbers.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);

/** A callout as the HTML walker reads it: `anchor` is set when its targets await the link's entry. */
export interface LinkedCitation extends SourceCitation {
  anchor?: string;
  /** Any in-page link: a callout only if its anchor is an entry's, else dropped. */
  entryOnly?: true;
  /** A superscript right after a number or a unit: a power unless the list is numbered. */
  afterQuantity?: true;
  /** The in-page anchor a numbered callout links to: a note or a figure there, no entry, is no citation. */
  reaches?: string;
}

function joinable(text: string, previous: LinkedCitation, next: LinkedCitation): boolean {
  return (
    previous.end <= next.start &&
    isRangeDash(text.slice(previous.end, next.start)) &&
    // Both written as numbers ("[2]", "2", "1,2"): their targets are those numbers.
    previous.anchor === undefined &&
    next.anchor === undefined &&
    previous.targets.length > 0 &&
    next.targets.length > 0
  );
}

/** The numbers strictly between two ends of a range, none for one the grammar would not expand. */
function between(from: number, to: number): number[] {
  if (isSuspiciousRange(from, to)) return [];
  const out: number[] = [];
  for (let n = from + 1; n < to; n++) out.push(n);
  return out;
}
