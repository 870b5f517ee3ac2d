import type { SourceRecord, SourceUpdate, UpdateNature } from '@/lib/schemas/sources';
import type { CrossrefUpdate, CrossrefWork } from './crossref-schemas';
import { normaliseDoi } from './identifiers';

/*
 * Crossref update types as publishers deposit them (lower case, spaces or underscores), by what
 * they mean for a reader. Anything else (new_version, reinstatement, ...) changes nothing here.
 */
const NATURE: Record<string, UpdateNature> = {
  retraction: 'retraction',
  partial_retraction: 'retraction',
  withdrawal: 'retraction',
  removal: 'retraction',
  expression_of_concern: 'expression_of_concern',
  correction: 'correction',
  erratum: 'correction',
  corrigendum: 'correction',
  addendum: 'correction',
  clarification: 'correction',
};

export function natureOfUpdateType(type: string): UpdateNature | null {
  return (
    NATURE[
      type
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_')
    ] ?? null
  );
}

function firstYear(date: CrossrefWork['issued']): number | null {
  const year = date?.['date-parts'][0]?.[0];
  return typeof year === 'number' ? year : null;
}

function isoDate(date: CrossrefUpdate['updated']): string | null {
  const parts = date?.['date-parts'][0]?.filter((p): p is number => typeof p === 'number') ?? [];
  if (parts.length === 0) return null;
  return parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');
}

/** The notices Crossref lists as updating this work (`updated-by`). */
function updatesOf(work: CrossrefWork): SourceUpdate[] {
  const updates: SourceUpdate[] = [];
  for (const u of work['updated-by'] ?? []) {
    const nature = natureOfUpdateType(u.type);
    if (!nature) continue;
    updates.push({
      nature,
      notice_doi: normaliseDoi(u.DOI),
      date: isoDate(u.updated),
      source: u.source === 'retraction-watch' ? 'retraction_watch' : 'crossref',
    });
  }
  return updates;
}

/** A Crossref work as the audit compares it with an entry. */
export function toSourceRecord(work: CrossrefWork): SourceRecord {
  const title = work.title?.[0]?.trim() || null;
  const subtitle = work.subtitle?.[0]?.trim();
  const first = work.author?.find((a) => a.sequence === 'first') ?? work.author?.[0];
  const years = [work.issued, work.published, work['published-print'], work['published-online']]
    .map(firstYear)
    .filter((y): y is number => y !== null);
  return {
    doi: normaliseDoi(work.DOI) ?? work.DOI.toLowerCase(),
    title: title && subtitle ? `${title}: ${subtitle}` : title,
    years: [...new Set(years)].sort((a, b) => a - b),
    first_author: first?.family ?? first?.name ?? null,
    venues: [...new Set([...(work['container-title'] ?? []), ...(work['short-container-title'] ?? [])])],
    type: work.type ?? null,
    updates: updatesOf(work),
  };
}
