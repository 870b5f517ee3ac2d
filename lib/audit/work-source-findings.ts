import type { WorkRecord } from '@/lib/ingest/graph-document';
import {
  SOURCE_FINDING_KINDS,
  type SourceCheck,
  type SourceFindingDetail,
  type SourceRecord,
  type SourceUpdate,
  type UpdateNature,
  type WorkSourceFinding,
} from '@/lib/schemas/sources';
import { checkQuery } from '@/lib/sources/check-query';
import { familiesAgree, titlesAgree, venueAgrees, yearAgrees } from './metadata-agreement';
import { type RetractionIndex, retractionMatches } from './retraction-matches';

/*
 * What outside sources say about one cited work: its Crossref check (when it was made for the entry
 * as it is now) and the Retraction Watch records that match it. Pure; the rules and their reasons
 * are in docs/decisions/013-source-checks.md.
 */

/**
 * Crossref's relevance score at or above which a bibliographic match may be suggested (titles,
 * year and first author must agree as well). Exact matches of a full entry score far above it,
 * unrelated works far below; the score alone is not comparable across queries, hence the checks.
 */
export const SUGGEST_MIN_SCORE = 60;

export interface WorkSources {
  work: WorkRecord;
  firstAuthor: string | null;
  check: SourceCheck | undefined;
  retractions: RetractionIndex;
}

type MismatchField = NonNullable<SourceFindingDetail['fields']>[number];

function mismatchedFields(
  work: WorkRecord,
  firstAuthor: string | null,
  record: SourceRecord,
): MismatchField[] {
  const fields: MismatchField[] = [];
  if (work.title && record.title && !titlesAgree(work.title, record.title)) {
    fields.push({ field: 'title', entry: work.title, record: record.title });
  }
  if (work.year !== null && !yearAgrees(work.year, record.years)) {
    fields.push({ field: 'year', entry: String(work.year), record: record.years.join(' or ') });
  }
  if (firstAuthor && record.first_author && !familiesAgree(firstAuthor, record.first_author)) {
    fields.push({ field: 'first_author', entry: firstAuthor, record: record.first_author });
  }
  // A book's venue is its publisher, which Crossref does not give as a container.
  const venue = work.kind === 'book' ? null : work.container;
  if (venue && record.venues.length > 0 && !venueAgrees(venue, record.venues)) {
    fields.push({ field: 'venue', entry: venue, record: record.venues[0] as string });
  }
  return fields;
}

/** A match is confident when Crossref scores it well and it names the same title, year and first author. */
function confidentMatch(work: WorkRecord, firstAuthor: string | null, check: SourceCheck): boolean {
  const r = check.record;
  if (!r || check.score === null || check.score < SUGGEST_MIN_SCORE) return false;
  if (!work.title || !r.title || !titlesAgree(work.title, r.title)) return false;
  if (work.year !== null && r.years.length > 0 && !yearAgrees(work.year, r.years)) return false;
  return !(firstAuthor && r.first_author && !familiesAgree(firstAuthor, r.first_author));
}

const NOTICE_KIND = {
  retraction: 'retracted_source',
  expression_of_concern: 'expression_of_concern',
  correction: 'corrected_source',
} as const;
const NATURE_WORDS: Record<UpdateNature, string> = {
  retraction: 'retracted',
  expression_of_concern: 'under an expression of concern',
  correction: 'corrected',
};

interface Notice {
  update: SourceUpdate;
  match: NonNullable<SourceFindingDetail['match']>;
  reasons: string[];
}

function noticeFinding(
  nature: UpdateNature,
  notices: Notice[],
  checkedAt: string | null,
  doi: string | null,
) {
  const updates = notices.map((n) => n.update);
  const dated = updates
    .map((u) => u.date)
    .filter((d): d is string => d !== null)
    .sort();
  const sources = [
    ...new Set(updates.map((u) => (u.source === 'crossref' ? 'Crossref' : 'Retraction Watch'))),
  ];
  const noticeDoi = updates.find((u) => u.notice_doi)?.notice_doi;
  const possible = notices.every((n) => n.match === 'title_year' || n.match === 'bibliographic');
  const message = possible
    ? `possibly ${NATURE_WORDS[nature]}: ${notices[0]?.match === 'bibliographic' ? "the entry's likely DOI has" : 'a work of the same title and year has'} a notice${dated[0] ? ` (${dated[0]})` : ''}; check that it is this work`
    : `${NATURE_WORDS[nature]}${dated[0] ? ` on ${dated[0]}` : ''}${noticeDoi ? ` (notice ${noticeDoi})` : ''}, per ${sources.join(' and ')}`;
  const finding: WorkSourceFinding = {
    kind: possible ? 'possibly_retracted' : NOTICE_KIND[nature],
    detail: {
      message,
      doi,
      checked_at: checkedAt,
      match: notices[0]?.match,
      nature,
      notices: updates,
      reasons: [...new Set(notices.flatMap((n) => n.reasons))],
    },
  };
  return finding;
}

/** The notices about the work, certain (its DOI or PMID) apart from possible (title and year, a likely DOI). */
function notices(input: WorkSources, check: SourceCheck | undefined, confident: boolean): Notice[] {
  const found: Notice[] = [];
  const fromCrossref = check?.outcome === 'found' || (check?.outcome === 'matched' && confident);
  for (const update of fromCrossref ? (check?.record?.updates ?? []) : []) {
    found.push({ update, match: check?.outcome === 'found' ? 'doi' : 'bibliographic', reasons: [] });
  }
  for (const { record, match } of retractionMatches(input.retractions, input.work)) {
    found.push({
      update: {
        nature: record.nature,
        notice_doi: record.notice_doi,
        date: record.date,
        source: 'retraction_watch',
      },
      match,
      reasons: record.reasons,
    });
  }
  return found;
}

function noticeFindings(all: Notice[], checkedAt: string | null, doi: string | null): WorkSourceFinding[] {
  const findings: WorkSourceFinding[] = [];
  for (const nature of ['retraction', 'expression_of_concern', 'correction'] as const) {
    const ofNature = all.filter((n) => n.update.nature === nature);
    const certain = ofNature.filter((n) => n.match === 'doi' || n.match === 'pmid');
    if (certain.length > 0) findings.push(noticeFinding(nature, certain, checkedAt, doi));
    // A possible correction is not worth a reader's time; a possible retraction or concern is.
    else if (ofNature.length > 0 && nature !== 'correction') {
      findings.push(noticeFinding(nature, ofNature, checkedAt, doi));
    }
  }
  return findings;
}

/** Every finding about one work, most severe first. */
export function workSourceFindings(input: WorkSources): WorkSourceFinding[] {
  const { work, firstAuthor } = input;
  // A check made for another DOI or another wording of the entry says nothing about this one.
  const check = input.check && input.check.query === checkQuery(work) ? input.check : undefined;
  const checkedAt = check?.checked_at ?? null;
  const findings: WorkSourceFinding[] = [];
  const confident = check?.outcome === 'matched' && confidentMatch(work, firstAuthor, check);
  if (check?.outcome === 'not_found') {
    findings.push({
      kind: 'doi_not_found',
      detail: { message: `Crossref does not know the DOI ${work.doi}`, doi: work.doi, checked_at: checkedAt },
    });
  }
  if (check?.outcome === 'found' && check.record) {
    const fields = mismatchedFields(work, firstAuthor, check.record);
    if (fields.length > 0) {
      findings.push({
        kind: 'metadata_mismatch',
        detail: {
          message: `the entry's ${fields.map((f) => f.field.replace('_', ' ')).join(', ')} disagree${fields.length === 1 ? 's' : ''} with the DOI's record`,
          doi: check.record.doi,
          checked_at: checkedAt,
          fields,
        },
      });
    }
  }
  if (confident && check?.record) {
    findings.push({
      kind: 'doi_suggested',
      detail: {
        message: `likely DOI ${check.record.doi} (Crossref score ${check.score})`,
        doi: check.record.doi,
        checked_at: checkedAt,
        score: check.score ?? undefined,
      },
    });
  }
  const doi = work.doi ?? (confident ? (check?.record?.doi ?? null) : null);
  findings.push(...noticeFindings(notices(input, check, confident), checkedAt, doi));
  return sortBySeverity(findings);
}

/** Most severe kind first (the order of SOURCE_FINDING_KINDS). */
export function sortBySeverity<T extends { kind: WorkSourceFinding['kind'] }>(findings: T[]): T[] {
  return [...findings].sort(
    (a, b) => SOURCE_FINDING_KINDS.indexOf(a.kind) - SOURCE_FINDING_KINDS.indexOf(b.kind),
  );
}
