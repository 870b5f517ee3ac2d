import { markerContext } from './callouts';
import type { SourceDocument, SourceReference } from './document/source-document';
import { hasBracketMarker } from './markers';

/**
 * A page that gathers several lists, each numbered from 1 by its place in its own <ol>, and cites
 * them by name and year: BoostBook's class pages give the description's works after
 * "References:" and then, under each member that cites the C++ standard, "References:" and a
 * one-entry list of the standard again. Numbered by place, the standard was 1 as Allen 1990 was.
 * Cited by name and year, an entry's number is its position across the lists (decision 024), and
 * an entry given again word for word is the same work: it keeps the number it had the first
 * time, so "(ISO,2014, …)" names one work, not four. A page that cites by number, or whose
 * callouts the reader linked to entries already, is left as it is: there the numbers are the
 * callouts' own.
 */
export function numberedAcrossLists(source: SourceDocument): SourceDocument {
  const list = source.references;
  if (!list || !repeatsANumber(list) || !list.every((r) => r.numberedByText)) return source;
  const { blocks } = source;
  if (blocks.some((b) => (b.citations?.length ?? 0) > 0 || hasBracketMarker(b.text))) return source;
  if (markerContext(list, blocks).parenthesised) return source;
  const firstNumber = new Map<string, number>();
  let next = 0;
  const references: SourceReference[] = list.map((r) => {
    const key = r.raw.replace(/\s+/g, ' ').trim();
    const number = firstNumber.get(key) ?? ++next;
    firstNumber.set(key, number);
    const { numberedByText: _, ...rest } = r;
    return { ...rest, number };
  });
  return { ...source, references };
}

function repeatsANumber(list: readonly SourceReference[]): boolean {
  const seen = new Set<number>();
  for (const r of list) {
    if (seen.has(r.number)) return true;
    seen.add(r.number);
  }
  return false;
}
