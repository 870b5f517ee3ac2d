import type { SourceReference } from './document/source-document';
import type { MarkerRecord } from './graph-document';
import { findMarkers, type MarkerContext } from './markers';
import { ENTRY_NUMBER } from './reference-entry';

/**
 * The callouts of a text that no reader marked, read in the light of the reference list: "(1)" is
 * a marker only when the list is numbered (most of its entries start "1." / "[1]" / "1)").
 */
export function markerContext(references: readonly SourceReference[] | null): MarkerContext {
  const list = references ?? [];
  const numbered = list.filter((r) => ENTRY_NUMBER.test(r.raw)).length;
  return {
    parenthesised: list.length > 0 && numbered * 2 > list.length,
    maxNumber: list.reduce((max, r) => Math.max(max, r.number), 0),
  };
}

export function calloutFinder(references: readonly SourceReference[] | null): (text: string) => MarkerRecord[] {
  const context = markerContext(references);
  return (text) => findMarkers(text, context);
}
