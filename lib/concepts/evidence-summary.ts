import { coverage } from '@/lib/audit/claim-status';
import type { ConceptEvidence, ConceptWork } from '@/lib/schemas/concept-evidence';
import type { ClaimRef } from '@/lib/schemas/details';

type Summary = Pick<
  ConceptEvidence,
  'counts' | 'coverage' | 'years' | 'undated' | 'topAuthors' | 'topVenues'
>;

/** How many of the most frequent authors and venues the concept page lists. */
export const TOP = 5;

/**
 * The figures of a concept page, from its claims and the works that back it. Pure: the query reads
 * rows, this counts them, so the counting is unit-tested without a database.
 */
export function summariseEvidence(claims: ClaimRef[], works: ConceptWork[]): Summary {
  const counts = { backed: 0, unlisted: 0, uncited: 0, exempt: 0 };
  for (const c of claims) counts[c.status] += 1;
  const needing = counts.backed + counts.unlisted + counts.uncited;
  const byYear = new Map<number, number>();
  let undated = 0;
  for (const w of works) {
    if (w.year === null) undated += 1;
    else byYear.set(w.year, (byYear.get(w.year) ?? 0) + 1);
  }
  return {
    counts,
    // The audit's coverage rule, but a concept no claim needs evidence for has no figure at all.
    coverage: needing === 0 ? null : coverage(counts.backed, needing),
    years: [...byYear].sort(([a], [b]) => a - b).map(([year, n]) => ({ year, works: n })),
    undated,
    topAuthors: topOf(works.flatMap((w) => w.authors)),
    topVenues: topOf(works.flatMap((w) => (w.venue ? [w.venue] : []))),
  };
}

/** The TOP most frequent refs by number of works, ties by label. */
function topOf(refs: { id: string; label: string }[]): ConceptEvidence['topAuthors'] {
  const tally = new Map<string, { id: string; label: string; works: number }>();
  for (const r of refs) {
    const t = tally.get(r.id) ?? { id: r.id, label: r.label, works: 0 };
    t.works += 1;
    tally.set(r.id, t);
  }
  return [...tally.values()]
    .sort((a, b) => b.works - a.works || a.label.localeCompare(b.label))
    .slice(0, TOP);
}
