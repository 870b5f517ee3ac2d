import type { GraphDocument, WorkRecord } from '@/lib/ingest/graph-document';
import type { DuplicateEntryFinding, IncompleteEntryFinding } from '@/lib/schemas/audit-report';

type Field = IncompleteEntryFinding['missing'][number];

/**
 * The fields a reference entry of each kind should carry. The venue of a book is its publisher, of
 * an article or chapter the journal or book it appeared in, of a report its series or publisher;
 * books, reports and web pages have no page range to give. A work of unknown kind is held to the
 * venue only.
 */
export function missingFields(work: WorkRecord): Field[] {
  const missing: Field[] = [];
  if (work.year === null) missing.push('year');
  if (!work.title) missing.push('title');
  const venue =
    work.kind === 'book'
      ? work.publisher
      : work.kind === 'web'
        ? 'n/a'
        : work.kind === 'report' || work.kind === 'unknown'
          ? (work.container ?? work.publisher)
          : work.container;
  if (!venue) missing.push('venue');
  if ((work.kind === 'article' || work.kind === 'chapter') && !work.pages) missing.push('pages');
  return missing;
}

/** Entries of the list whose work lacks a year, title, venue or pages, by number. */
export function incompleteEntries(doc: GraphDocument): IncompleteEntryFinding[] {
  const works = new Map(doc.works.map((w) => [w.id, w]));
  const workOf = new Map(doc.references.filter((r) => r.listed).map((r) => [r.number, r.workId]));
  const findings: IncompleteEntryFinding[] = [];
  const done = new Set<number>();
  for (const entry of [...doc.entries].sort((a, b) => a.number - b.number)) {
    if (done.has(entry.number)) continue;
    done.add(entry.number);
    const workId = workOf.get(entry.number) ?? null;
    const work = workId ? works.get(workId) : undefined;
    const missing: Field[] = work ? missingFields(work) : ['year', 'title', 'venue'];
    if (missing.length > 0) {
      findings.push({
        number: entry.number,
        work_id: workId,
        kind: work?.kind ?? 'unknown',
        missing,
        raw: entry.raw,
      });
    }
  }
  return findings;
}

/**
 * Case, spacing, quote and dash style, punctuation and the entry's own number ("[2]", "2.", "2)")
 * do not make two entries different.
 */
export function normaliseRaw(raw: string): string {
  return raw
    .replace(/^\s*(?:\[\d+\]|\d+[.)])\s*/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’“”"'`]/g, '')
    .replace(/[‐‑‒–—―-]/g, '-')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
}

/**
 * Two numbers for one reference: the same entry text, or (when the texts differ, say in
 * abbreviation) the same work as the parser identified it.
 */
export function duplicateEntries(doc: GraphDocument): DuplicateEntryFinding[] {
  const findings: DuplicateEntryFinding[] = [];
  const byText = new Map<string, { numbers: Set<number>; raw: string }>();
  for (const e of doc.entries) {
    const key = normaliseRaw(e.raw);
    const group = byText.get(key) ?? { numbers: new Set<number>(), raw: e.raw };
    group.numbers.add(e.number);
    byText.set(key, group);
  }
  const reported = new Set<string>();
  const workOf = new Map(doc.references.filter((r) => r.listed).map((r) => [r.number, r.workId]));
  for (const group of byText.values()) {
    if (group.numbers.size < 2) continue;
    const numbers = [...group.numbers].sort((a, b) => a - b);
    reported.add(numbers.join(','));
    const first = numbers[0] as number;
    findings.push({ numbers, reason: 'same_text', work_id: workOf.get(first) ?? null, raw: group.raw });
  }
  const byWork = new Map<string, number[]>();
  for (const r of doc.references) {
    if (r.listed) byWork.set(r.workId, [...(byWork.get(r.workId) ?? []), r.number]);
  }
  const rawOf = new Map(doc.entries.map((e) => [e.number, e.raw]));
  for (const [workId, nums] of byWork) {
    const numbers = [...new Set(nums)].sort((a, b) => a - b);
    if (numbers.length < 2 || reported.has(numbers.join(','))) continue;
    findings.push({
      numbers,
      reason: 'same_work',
      work_id: workId,
      raw: rawOf.get(numbers[0] as number) ?? '',
    });
  }
  return findings.sort((a, b) => (a.numbers[0] as number) - (b.numbers[0] as number));
}
