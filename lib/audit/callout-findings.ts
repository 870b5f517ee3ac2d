import { candidates, yearNeighbour } from '@/lib/ingest/author-date/entry-keys';
import { findAuthorDateCallouts } from '@/lib/ingest/author-date/find-callouts';
import { entryKeys } from '@/lib/ingest/callouts';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { isNumericMarker, suspiciousMarkers } from '@/lib/ingest/markers';
import type {
  AmbiguousCalloutFinding,
  AuditClaim,
  CitationStyle,
  SuspiciousRangeFinding,
  YearMismatchFinding,
} from '@/lib/schemas/audit-report';

/*
 * Findings about callouts are read again from what the graph keeps (claim text, marker text, the
 * entries as written), so a report built from Neo4j finds them as one built from the file does.
 */

/** Markers whose range was never expanded (docs/decisions/023-marker-grammar.md). */
export function suspiciousRanges(claims: readonly AuditClaim[]): SuspiciousRangeFinding[] {
  return claims.flatMap((c) =>
    suspiciousMarkers(c.text).map((marker) => ({ claim_id: c.id, section: c.section, marker, text: c.text })),
  );
}

/**
 * Each item of each author–date callout the claims keep, with its claim and marker, and the keys
 * of the entries it is matched on: what the findings about callouts read.
 */
function authorDateItems(doc: GraphDocument, claims: readonly AuditClaim[]) {
  const markers = claims.flatMap((c) => c.markers.filter((m) => !isNumericMarker(m.raw)).map((m) => ({ c, m })));
  if (markers.length === 0) return [];
  const keys = entryKeys(doc.entries);
  return markers.flatMap(({ c, m }) =>
    findAuthorDateCallouts(m.raw).flatMap((callout) => callout.items.map((item) => ({ c, m, item, keys }))),
  );
}

/** Author–date callouts of which one item names several entries (docs/decisions/024-author-date.md). */
export function ambiguousCallouts(doc: GraphDocument, claims: readonly AuditClaim[]): AmbiguousCalloutFinding[] {
  return authorDateItems(doc, claims).flatMap(({ c, m, item, keys }) => {
    const found = candidates(item, keys);
    if (found.length <= 1) return [];
    return [{ claim_id: c.id, section: c.section, callout: m.raw, candidates: found, text: c.text }];
  });
}

/** Author–date callout items linked to an entry whose year is one off theirs. */
export function yearMismatches(doc: GraphDocument, claims: readonly AuditClaim[]): YearMismatchFinding[] {
  return authorDateItems(doc, claims).flatMap(({ c, m, item, keys }) => {
    if (candidates(item, keys).length > 0) return [];
    const entry = yearNeighbour(item, keys);
    if (!entry) return [];
    const cited_year = `${item.year}${item.suffix}`;
    const listed_year = `${entry.year}${entry.suffix}`;
    return [{ claim_id: c.id, section: c.section, callout: m.raw, cited_year, number: entry.number, listed_year, text: c.text }];
  });
}

export function citationStyle(claims: readonly AuditClaim[]): CitationStyle {
  const markers = claims.flatMap((c) => c.markers);
  const numeric = markers.some((m) => isNumericMarker(m.raw));
  const authorDate = markers.some((m) => !isNumericMarker(m.raw));
  if (numeric && authorDate) return 'mixed';
  return authorDate ? 'author-date' : 'numeric';
}
