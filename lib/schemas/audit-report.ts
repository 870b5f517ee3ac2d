import { sourceFindingKindSchema, sourceFindingSchema } from './sources';
import { z } from './zod';

/**
 * The citation audit report: one shape for the CLI's --json output, the audit API and the pages.
 * Keys are snake_case because the CLI's JSON is a public format (writers read it in CI scripts).
 * Every number array is sorted ascending. Rules and definitions: docs/decisions/003-audit-rules.md.
 */

export const claimStatusSchema = z.enum([
  'backed',
  'partly_unlisted',
  'unlisted_only',
  'uncited',
  'not_a_claim',
]);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

export const findingKindSchema = z.enum([
  'uncited',
  'unlisted_only',
  'partly_unlisted',
  'cited_not_listed',
  'listed_not_cited',
  'numbering',
  'mismatch',
  'incomplete_entry',
  'duplicate_entry',
  'suspicious_range',
  'ambiguous_callout',
  'year_mismatch',
]);
export type FindingKind = z.infer<typeof findingKindSchema>;
export const FINDING_KINDS = findingKindSchema.options;

/** What each finding kind means, in a reader's words: the audit page's summary and the CLI's help. */
export const FINDING_LABELS: Record<FindingKind, string> = {
  uncited: 'Uncited claims',
  unlisted_only: 'Claims citing only unlisted numbers',
  partly_unlisted: 'Claims citing some unlisted numbers',
  cited_not_listed: 'Numbers cited but not listed',
  listed_not_cited: 'References listed but never cited',
  numbering: 'Numbering anomalies',
  mismatch: 'Citations worth checking',
  incomplete_entry: 'Incomplete reference entries',
  duplicate_entry: 'Duplicate reference entries',
  suspicious_range: 'Ranges never expanded: years or too wide',
  ambiguous_callout: 'Author-date callouts matching several entries',
  year_mismatch: 'Author-date callouts whose year differs from their entry',
};

const numbers = z.array(z.number().int());

export const auditMarkerSchema = z.object({
  raw: z.string(),
  numbers,
  start: z.number().int(),
  end: z.number().int(),
});

export const auditClaimSchema = z.object({
  id: z.string(),
  section: z.string(),
  section_id: z.string(),
  text: z.string(),
  kind: z.enum(['assertion', 'advice', 'question', 'other']),
  order: z.number().int(),
  paragraph: z.number().int(),
  block: z.enum(['paragraph', 'bullet', 'numbered', 'table-row']),
  markers: z.array(auditMarkerSchema),
  cites: numbers,
  status: claimStatusSchema,
  /** How much the sentence needs a citation: 0 for text that needs none; see risk_reasons. */
  risk: z.number(),
  risk_reasons: z.array(z.string()),
  /**
   * Only in a report with source data, only on claims citing a work with a source finding: the
   * numbers and kinds. A retracted work or an expression of concern ranks the claim first.
   */
  source_flags: z.array(z.object({ number: z.number().int(), kind: sourceFindingKindSchema })).optional(),
  /** Where the sentence starts in the source file (1-based); absent for a binary format (Word). */
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});
export type AuditClaim = z.infer<typeof auditClaimSchema>;

export const auditReferenceSchema = z.object({
  number: z.number().int(),
  listed: z.boolean(),
  work_id: z.string().nullable(),
  title: z.string().nullable(),
  raw: z.string().nullable(),
  cited_by: z.array(z.string()),
  /** Where the first entry of that number starts in a text source file (1-based). */
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});
export type AuditReference = z.infer<typeof auditReferenceSchema>;

export const sectionCoverageSchema = z.object({
  section_id: z.string(),
  section: z.string(),
  claims: z.number().int(),
  backed: z.number().int(),
  coverage: z.number().nullable(),
});
export type SectionCoverage = z.infer<typeof sectionCoverageSchema>;

export const uncitedFindingSchema = z.object({
  claim_id: z.string(),
  section: z.string(),
  text: z.string(),
  risk: z.number(),
  risk_reasons: z.array(z.string()),
});

export const unlistedFindingSchema = z.object({
  claim_id: z.string(),
  section: z.string(),
  text: z.string(),
  listed: numbers,
  unlisted: numbers,
});

export const citedNotListedFindingSchema = z.object({
  number: z.number().int(),
  claim_ids: z.array(z.string()),
});

export const listedNotCitedFindingSchema = z.object({
  number: z.number().int(),
  work_id: z.string().nullable(),
  raw: z.string(),
});

export const numberingFindingSchema = z.object({
  type: z.enum(['out_of_order', 'gap', 'duplicate_number']),
  numbers,
  claim_id: z.string().nullable(),
  message: z.string(),
});
export type NumberingFinding = z.infer<typeof numberingFindingSchema>;

export const mismatchFindingSchema = z.object({
  claim_id: z.string(),
  text: z.string(),
  number: z.number().int(),
  work_id: z.string(),
  work_title: z.string(),
  shared_keywords: z.array(z.string()),
  shared_concepts: z.array(z.string()),
  message: z.string(),
});
export type MismatchFinding = z.infer<typeof mismatchFindingSchema>;

export const incompleteEntryFindingSchema = z.object({
  number: z.number().int(),
  work_id: z.string().nullable(),
  kind: z.string(),
  missing: z.array(z.enum(['year', 'title', 'venue', 'pages'])),
  raw: z.string(),
});
export type IncompleteEntryFinding = z.infer<typeof incompleteEntryFindingSchema>;

export const duplicateEntryFindingSchema = z.object({
  numbers,
  reason: z.enum(['same_text', 'same_work']),
  work_id: z.string().nullable(),
  raw: z.string(),
});
export type DuplicateEntryFinding = z.infer<typeof duplicateEntryFindingSchema>;

/** A marker holding a range that was not expanded: "[2010–2020]" (years) or "[1-500]" (too wide). */
export const suspiciousRangeFindingSchema = z.object({
  claim_id: z.string(),
  section: z.string(),
  marker: z.string(),
  text: z.string(),
});
export type SuspiciousRangeFinding = z.infer<typeof suspiciousRangeFindingSchema>;

/** An author–date callout item that names several entries: "(Smith, 2020)" with two Smiths of 2020. */
export const ambiguousCalloutFindingSchema = z.object({
  claim_id: z.string(),
  section: z.string(),
  callout: z.string(),
  candidates: numbers,
  text: z.string(),
});
export type AmbiguousCalloutFinding = z.infer<typeof ambiguousCalloutFindingSchema>;

/** An author–date callout linked to the one entry of its authors a year off: "(James-Clark 1868)" to 1867. */
export const yearMismatchFindingSchema = z.object({
  claim_id: z.string(),
  section: z.string(),
  callout: z.string(),
  /** The year as the callout writes it ("1868", "2019a"). */
  cited_year: z.string(),
  number: z.number().int(),
  /** The year as the entry gives it. */
  listed_year: z.string(),
  text: z.string(),
});
export type YearMismatchFinding = z.infer<typeof yearMismatchFindingSchema>;

/** How the article cites: by number, by author and year, or both. */
export const citationStyleSchema = z.enum(['numeric', 'author-date', 'mixed']);
export type CitationStyle = z.infer<typeof citationStyleSchema>;

export const auditFindingsSchema = z.object({
  uncited: z.array(uncitedFindingSchema),
  unlisted_only: z.array(unlistedFindingSchema),
  partly_unlisted: z.array(unlistedFindingSchema),
  cited_not_listed: z.array(citedNotListedFindingSchema),
  listed_not_cited: z.array(listedNotCitedFindingSchema),
  numbering: z.array(numberingFindingSchema),
  mismatch: z.array(mismatchFindingSchema),
  incomplete_entry: z.array(incompleteEntryFindingSchema),
  duplicate_entry: z.array(duplicateEntryFindingSchema),
  suspicious_range: z.array(suspiciousRangeFindingSchema),
  ambiguous_callout: z.array(ambiguousCalloutFindingSchema),
  year_mismatch: z.array(yearMismatchFindingSchema),
});
export type AuditFindings = z.infer<typeof auditFindingsSchema>;

export const auditSummarySchema = z.object({
  /** Sentences that need evidence (status other than not_a_claim). */
  claims: z.number().int(),
  backed: z.number().int(),
  partly_unlisted: z.number().int(),
  unlisted_only: z.number().int(),
  uncited: z.number().int(),
  not_a_claim: z.number().int(),
  /** backed / claims, 0..1, rounded to 4 places; 1 when nothing needs evidence. */
  coverage: z.number(),
  findings: z.record(findingKindSchema, z.number().int()),
});
export type AuditSummary = z.infer<typeof auditSummarySchema>;

export const auditReportSchema = z.object({
  slug: z.string(),
  title: z.string(),
  /** From the callouts: all numeric, all author–date (numbers are list positions), or both. */
  style: citationStyleSchema,
  references_listed: numbers,
  markers_cited: numbers,
  cited_not_listed: numbers,
  listed_not_cited: numbers,
  claims: z.array(auditClaimSchema),
  references: z.array(auditReferenceSchema),
  coverage_by_section: z.array(sectionCoverageSchema),
  findings: auditFindingsSchema,
  summary: auditSummarySchema,
  /**
   * What outside sources say about the cited works (Crossref checks, Retraction Watch data), most
   * severe first. Absent when no source data was consulted: a report without it means "not looked",
   * never "all clear" (docs/decisions/013-source-checks.md).
   */
  source_findings: z.array(sourceFindingSchema).optional(),
});
export type AuditReport = z.infer<typeof auditReportSchema>;
