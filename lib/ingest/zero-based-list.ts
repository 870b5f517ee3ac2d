import type { SourceDocument, SourceReference } from './document/source-document';
import type { MarkerRecord } from './graph-document';

/**
 * A list labelled from [0] ("[0]: https://…scramblesuit-spec.txt", then [1] to [6]), as a
 * programmer's specification may number it, cited "ScrambleSuit [0]". A work's number is 1-based
 * everywhere after the readers (the graph, the report, the evaluation's truth): such a list is
 * numbered from one, each entry one past its label, and so is every callout of it. Only a list
 * labelled 0, 1, 2, … in order, two entries or more: a lone "[0]" is no numbering.
 */
export function isZeroBased(references: readonly SourceReference[] | null): boolean {
  const list = references ?? [];
  return list.length >= 2 && list.every((r, i) => r.number === i);
}

/** The document with its list and its readers' marked callouts numbered from one. */
export function numberedFromOne(source: SourceDocument): SourceDocument {
  return {
    ...source,
    references: (source.references ?? []).map((r) => ({ ...r, number: r.number + 1 })),
    blocks: source.blocks.map((b) =>
      b.citations
        ? { ...b, citations: b.citations.map((c) => ({ ...c, targets: c.targets.map((n) => n + 1) })) }
        : b,
    ),
  };
}

/** A callout finder for the list as labelled, its numbers moved one up. */
export function fromOne(find: (text: string) => MarkerRecord[]): (text: string) => MarkerRecord[] {
  return (text) => find(text).map((m) => ({ ...m, numbers: m.numbers.map((n) => n + 1) }));
}
