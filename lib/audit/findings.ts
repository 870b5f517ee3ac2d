import type { GraphDocument, SectionRecord } from '@/lib/ingest/graph-document';
import type {
  AuditClaim,
  AuditFindings,
  DuplicateEntryFinding,
  IncompleteEntryFinding,
  MismatchFinding,
  NumberingFinding,
  SectionCoverage,
} from '@/lib/schemas/audit-report';
import { coverage } from './claim-status';
import { ambiguousCallouts, suspiciousRanges, yearMismatches } from './callout-findings';

interface FindingInputs {
  doc: GraphDocument;
  claims: AuditClaim[];
  listed: number[];
  cited: number[];
  numbering: NumberingFinding[];
  mismatch: MismatchFinding[];
  incomplete: IncompleteEntryFinding[];
  duplicates: DuplicateEntryFinding[];
}

/** The ids of the claims citing each number, in reading order: one pass, not one per number. */
export function claimsCiting(claims: readonly AuditClaim[]): Map<number, string[]> {
  const citing = new Map<number, string[]>();
  for (const c of claims) {
    for (const n of new Set(c.cites)) {
      const ids = citing.get(n);
      if (ids) ids.push(c.id);
      else citing.set(n, [c.id]);
    }
  }
  return citing;
}

/** Uncited claims come riskiest first; ties keep reading order so the list is stable. */
export function rankUncited(claims: readonly AuditClaim[]): AuditClaim[] {
  return claims.filter((c) => c.status === 'uncited').sort((a, b) => b.risk - a.risk || a.order - b.order);
}

export function buildFindings(input: FindingInputs): AuditFindings {
  const { doc, claims, listed, cited } = input;
  const listedSet = new Set(listed);
  const citedSet = new Set(cited);
  const workOf = new Map(doc.references.map((r) => [r.number, r.workId]));
  const unlisted = (status: AuditClaim['status']) =>
    claims
      .filter((c) => c.status === status)
      .map((c) => ({
        claim_id: c.id,
        section: c.section,
        text: c.text,
        listed: c.cites.filter((n) => listedSet.has(n)),
        unlisted: c.cites.filter((n) => !listedSet.has(n)),
      }));
  const citing = claimsCiting(claims);
  const firstEntry = new Map<number, string>();
  for (const e of doc.entries) if (!firstEntry.has(e.number)) firstEntry.set(e.number, e.raw);

  return {
    uncited: rankUncited(claims).map((c) => ({
      claim_id: c.id,
      section: c.section,
      text: c.text,
      risk: c.risk,
      risk_reasons: c.risk_reasons,
    })),
    unlisted_only: unlisted('unlisted_only'),
    partly_unlisted: unlisted('partly_unlisted'),
    cited_not_listed: cited
      .filter((n) => !listedSet.has(n))
      .map((number) => ({
        number,
        claim_ids: citing.get(number) ?? [],
      })),
    listed_not_cited: listed
      .filter((n) => !citedSet.has(n))
      .map((number) => ({ number, work_id: workOf.get(number) ?? null, raw: firstEntry.get(number) ?? '' })),
    numbering: input.numbering,
    mismatch: input.mismatch,
    incomplete_entry: input.incomplete,
    duplicate_entry: input.duplicates,
    suspicious_range: suspiciousRanges(claims),
    ambiguous_callout: ambiguousCallouts(doc, claims),
    year_mismatch: yearMismatches(doc, claims),
  };
}

/** Coverage per section, in article order; sections with nothing that needs evidence get null. */
export function sectionCoverage(
  sections: readonly SectionRecord[],
  claims: readonly AuditClaim[],
): SectionCoverage[] {
  const counts = new Map<string, { claims: number; backed: number }>();
  for (const c of claims) {
    if (c.status === 'not_a_claim') continue;
    const count = counts.get(c.section_id) ?? { claims: 0, backed: 0 };
    count.claims++;
    if (c.status === 'backed') count.backed++;
    counts.set(c.section_id, count);
  }
  return [...sections]
    .sort((a, b) => a.order - b.order)
    .map((s) => {
      const { claims: own, backed } = counts.get(s.id) ?? { claims: 0, backed: 0 };
      return {
        section_id: s.id,
        section: s.title,
        claims: own,
        backed,
        coverage: own === 0 ? null : coverage(backed, own),
      };
    });
}
