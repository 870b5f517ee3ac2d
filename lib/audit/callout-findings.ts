import { alphabeticLabels, isBracketedEntryLabels } from '@/lib/ingest/alphabetic-labels';
import { candidates, yearNeighbour } from '@/lib/ingest/author-date/entry-keys';
import { findAuthorDateCallouts, isCitationKeys } from '@/lib/ingest/author-date/find-callouts';
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
  const byNames = namesAndYears(doc);
  const markers = claims.flatMap((c) => c.markers.filter((m) => byNames(m.raw)).map((m) => ({ c, m })));
  if (markers.length === 0) return [];
  const keys = entryKeys(doc.entries);
  return markers.flatMap(({ c, m }) =>
    findAuthorDateCallouts(m.raw).flatMap((callout) => callout.items.map((item) => ({ c, m, item, keys }))),
  );
}

/** Author–date callouts of which one item names several entries (docs/decisions/024-author-date.md). */
export function ambiguousCallouts(
  doc: GraphDocument,
  claims: readonly AuditClaim[],
): AmbiguousCalloutFinding[] {
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
    return [
      {
        claim_id: c.id,
        section: c.section,
        callout: m.raw,
        cited_year,
        number: entry.number,
        listed_year,
        text: c.text,
      },
    ];
  });
}

/**
 * Whether a marker names works by name and year: any that is not numeric, and a citation key
 * ("[Boon2012]") unless the list is labelled by such keys, where it is a label like "[AM97]";
 * so are "[Adamson 95]" and "[#PEP-287]" against a list labelled so.
 */
function namesAndYears(doc: GraphDocument): (raw: string) => boolean {
  const labelled = alphabeticLabels(doc.entries) !== null;
  const byNames = labelled
    ? (raw: string) => !isNumericMarker(raw) && !isBracketedEntryLabels(raw)
    : (raw: string) => !isNumericMarker(raw) || isCitationKeys(raw);
  return (raw) => !RST_REFERENCE.test(raw) && byNames(raw);
}

/**
 * reStructuredText's references to a footnote or citation, "[1]_", "[#]_", "[Jones2000]_",
 * "itertools_", "`Fn.py`_": a label, whatever it holds, never a name and a year.
 */
const RST_REFERENCE = /^(?:\[[^\]\s]{1,40}\]|`[^`]{1,40}`|[\p{L}\p{N}][\p{L}\p{N}.+-]{0,39})_$/u;

export function citationStyle(doc: GraphDocument, claims: readonly AuditClaim[]): CitationStyle {
  const byNames = namesAndYears(doc);
  const markers = claims.flatMap((c) => c.markers);
  const numeric = markers.some((m) => !byNames(m.raw));
  const authorDate = markers.some((m) => byNames(m.raw));
  if (numeric && authorDate) return 'mixed';
  return authorDate ? 'author-date' : 'numeric';
}
