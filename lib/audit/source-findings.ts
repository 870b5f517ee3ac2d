import type { GraphDocument } from '@/lib/ingest/graph-document';
import type { AuditClaim } from '@/lib/schemas/audit-report';
import {
  DISCREDITED_KINDS,
  type SourceCheck,
  type RetractionRecord,
  type SourceFinding,
} from '@/lib/schemas/sources';
import { indexRetractions } from './retraction-matches';
import { sortBySeverity, workSourceFindings } from './work-source-findings';

/**
 * What is known about an article's cited works from outside it: stored or fresh Crossref checks by
 * work id, and Retraction Watch records (all of them, or those that may concern these works).
 */
export interface SourceData {
  checks: ReadonlyMap<string, SourceCheck>;
  retractions: readonly RetractionRecord[];
}

/** Findings per listed reference, most severe first, each with the claims that cite the number. */
export function sourceFindings(doc: GraphDocument, data: SourceData): SourceFinding[] {
  const works = new Map(doc.works.map((w) => [w.id, w]));
  const authors = new Map(doc.authors.map((a) => [a.id, a]));
  const index = indexRetractions(data.retractions);
  const findings: SourceFinding[] = [];
  for (const ref of [...doc.references].sort((a, b) => a.number - b.number)) {
    const work = ref.listed ? works.get(ref.workId) : undefined;
    if (!work) continue;
    const claimIds = doc.claims
      .filter((c) => c.cites.includes(ref.number))
      .sort((a, b) => a.order - b.order)
      .map((c) => c.id);
    const found = workSourceFindings({
      work,
      firstAuthor: authors.get(work.authorIds[0] ?? '')?.family ?? null,
      check: data.checks.get(work.id),
      retractions: index,
    });
    for (const f of found)
      findings.push({
        number: ref.number,
        kind: f.kind,
        work_id: work.id,
        claim_ids: claimIds,
        detail: f.detail,
      });
  }
  return sortBySeverity(findings);
}

/** Each claim's flags: the numbers it cites that carry a source finding, and the kind. */
export function claimSourceFlags(
  findings: readonly SourceFinding[],
): Map<string, { number: number; kind: SourceFinding['kind'] }[]> {
  const flags = new Map<string, { number: number; kind: SourceFinding['kind'] }[]>();
  for (const f of findings) {
    for (const id of f.claim_ids)
      flags.set(id, [...(flags.get(id) ?? []), { number: f.number, kind: f.kind }]);
  }
  return flags;
}

/**
 * How far a claim rests on discredited evidence: 2 when it cites a retracted work, 1 a work under an
 * expression of concern, else 0. It outranks any other risk: a claim backed only by a retracted
 * paper is worse than an uncited one.
 */
export function discreditedRank(claim: Pick<AuditClaim, 'source_flags'>): number {
  const kinds = (claim.source_flags ?? []).map((f) => f.kind);
  return DISCREDITED_KINDS.reduce(
    (rank, kind, i) => (kinds.includes(kind) ? Math.max(rank, DISCREDITED_KINDS.length - i) : rank),
    0,
  );
}

/** Claims riskiest first: by discredited evidence, then by risk, ties in reading order. */
export function compareClaimRisk(a: AuditClaim, b: AuditClaim): number {
  return discreditedRank(b) - discreditedRank(a) || b.risk - a.risk || a.order - b.order;
}
