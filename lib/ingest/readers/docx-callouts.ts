import type { SourceBlock, SourceCitation } from '../document/source-document';
import { findMarkers } from '../markers';

/**
 * A block's callouts once a Word reader marked some exactly (a citation field, a note that is a
 * reference entry): the exact ones, and beside them the callouts the block walker saw (a
 * superscript) or, when it saw none, the markers typed in the text, except where an exact one
 * covers them. Setting `citations` turns off the search of the text, so what it would have found
 * is kept here.
 */
export function withExactCallouts(block: SourceBlock, exact: SourceCitation[]): SourceCitation[] {
  const seen =
    block.citations ??
    findMarkers(block.text).map((m) => ({ start: m.start, end: m.end, targets: m.numbers }));
  const others = seen.filter((c) => exact.every((f) => c.end <= f.start || c.start >= f.end));
  return [...others, ...exact].sort((a, b) => a.start - b.start);
}
