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
        claim_ids: claims.filter((c) => c.cites.includes(number)).map((c) => c.id),
      })),
    listed_not_cited: listed
      .filter((n) => !citedSet.has(n))
      .map((number) => ({ number, work_id: workOf.get(number) ?? null, raw: firstEntry.get(number) ?? '' })),
    numbering: input.numbering,
    mismatch: input.mismatch,
    incomplete_entry: input.incomplete,
    duplicate_entry: input.duplicates,
  };
}

/** Coverage per section, in article order; sections with nothing that needs evidence get null. */
export function sectionCoverage(
  sections: readonly SectionRecord[],
  claims: readonly AuditClaim[],
): SectionCoverage[] {
  return [...sections]
    .sort((a, b) => a.order - b.order)
    .map((s) => {
      const own = claims.filter((c) => c.section_id === s.id && c.status !== 'not_a_claim');
      const backed = own.filter((c) => c.status === 'backed').length;
      return {
        section_id: s.id,
        section: s.title,
        claims: own.length,
        backed,
        coverage: own.length === 0 ? null : coverage(backed, own.length),
      };
    });
}
