import { withoutSpans } from '@/lib/ingest/markers';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import type { MismatchFinding } from '@/lib/schemas/audit-report';
import { sharedKeywords } from './keywords';

export interface ConceptIndex {
  byId: Map<string, GraphDocument['concepts'][number]>;
  ofClaim: Map<string, Set<string>>;
  ofWork: Map<string, Set<string>>;
}

function grouped(pairs: readonly (readonly [string, string])[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [key, value] of pairs) {
    const set = out.get(key);
    if (set) set.add(value);
    else out.set(key, new Set([value]));
  }
  return out;
}

/** Concepts by id, by claim and by work, built once per document (not once per citation). */
export function conceptIndex(doc: GraphDocument): ConceptIndex {
  return {
    byId: new Map(doc.concepts.map((c) => [c.id, c])),
    ofClaim: grouped(doc.mentions.map((m) => [m.claimId, m.conceptId] as const)),
    ofWork: grouped(doc.about.map((a) => [a.workId, a.conceptId] as const)),
  };
}

/**
 * Concepts the claim and the work share, by label. A concept counts as shared when both link to it,
 * or when one links to it and the other to its broader concept ("silent treatment" under
 * "emotional abuse"): the title of a review is often one level more general than the claim.
 */
export function sharedConcepts(
  doc: GraphDocument,
  claimId: string,
  workId: string,
  index: ConceptIndex = conceptIndex(doc),
): string[] {
  const { byId } = index;
  const claimConcepts = index.ofClaim.get(claimId) ?? new Set<string>();
  const workConcepts = index.ofWork.get(workId) ?? new Set<string>();
  const widen = (ids: Set<string>) => {
    const wide = new Set(ids);
    for (const id of ids) {
      const broader = byId.get(id)?.broader;
      if (broader) wide.add(broader);
    }
    return wide;
  };
  const wideWork = widen(workConcepts);
  const wideClaim = widen(claimConcepts);
  const shared = new Set<string>();
  for (const id of claimConcepts) if (wideWork.has(id)) shared.add(id);
  for (const id of workConcepts) if (wideClaim.has(id)) shared.add(id);
  return [...shared].map((id) => byId.get(id)?.label ?? id).sort();
}

/**
 * Fewest shared keywords that, with no shared concept, count as overlap. One is enough: in short
 * claims a single shared word ("chess", "alexithymia") is usually the topic itself, and a higher bar
 * flags most citations of a short article.
 */
export const MIN_SHARED_KEYWORDS = 1;

/**
 * A citation is worth checking when the claim and the cited work's title share no concept and fewer
 * than MIN_SHARED_KEYWORDS keywords. Titles are short and often clever, so this is a prompt to
 * look (the overlap is shown), never a verdict.
 */
export function possibleMismatches(
  doc: GraphDocument,
  needsEvidence: (claimId: string) => boolean,
): MismatchFinding[] {
  const works = new Map(doc.works.map((w) => [w.id, w]));
  const listedWork = new Map(doc.references.filter((r) => r.listed).map((r) => [r.number, r.workId]));
  const findings: MismatchFinding[] = [];
  const index = conceptIndex(doc);
  for (const claim of [...doc.claims].sort((a, b) => a.order - b.order)) {
    if (!needsEvidence(claim.id)) continue;
    for (const number of claim.cites) {
      const workId = listedWork.get(number);
      const work = workId ? works.get(workId) : undefined;
      if (!work?.title) continue;
      const keywords = sharedKeywords(withoutSpans(claim.text, claim.markers), work.title);
      const concepts = sharedConcepts(doc, claim.id, work.id, index);
      if (keywords.length >= MIN_SHARED_KEYWORDS || concepts.length > 0) continue;
      findings.push({
        claim_id: claim.id,
        text: claim.text,
        number,
        work_id: work.id,
        work_title: work.title,
        shared_keywords: keywords,
        shared_concepts: concepts,
        message:
          keywords.length === 0
            ? `worth checking: no keyword or concept in common with the title of [${number}]`
            : `worth checking: only "${keywords.join('", "')}" in common with the title of [${number}]`,
      });
    }
  }
  return findings;
}
