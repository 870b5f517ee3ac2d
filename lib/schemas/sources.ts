import { z } from './zod';

/**
 * What Claimtrace knows about the cited works themselves, from outside the article: Crossref's
 * record of a DOI (or its best bibliographic match) and retraction notices. One shape for the
 * checker, the store in Neo4j, the audit rules, the API and the pages. Rules and their reasons:
 * docs/decisions/013-source-checks.md.
 */

/** A notice that changes how a work should be read, in the words of both sources. */
export const updateNatureSchema = z.enum(['retraction', 'expression_of_concern', 'correction']);
export type UpdateNature = z.infer<typeof updateNatureSchema>;

export const sourceUpdateSchema = z.object({
  nature: updateNatureSchema,
  /** DOI of the notice, when it has one. */
  notice_doi: z.string().nullable(),
  /** YYYY-MM-DD, or as much of it as is known. */
  date: z.string().nullable(),
  /** Who reported it: the publisher through Crossref, or Retraction Watch. */
  source: z.enum(['crossref', 'retraction_watch']),
});
export type SourceUpdate = z.infer<typeof sourceUpdateSchema>;

/** The parts of a Crossref work record that the audit compares with the entry. */
export const sourceRecordSchema = z.object({
  doi: z.string(),
  /** Title with its subtitle, as one string. */
  title: z.string().nullable(),
  /** Every year the record gives (issued, print, online): an entry may use any of them. */
  years: z.array(z.number().int()),
  first_author: z.string().nullable(),
  /** Journal or book titles, full and abbreviated. */
  venues: z.array(z.string()),
  type: z.string().nullable(),
  updates: z.array(sourceUpdateSchema),
});
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

/**
 * One check of one work: its DOI looked up (found / not_found) or, with no DOI, its entry searched
 * (matched with the best item and its score / no_match). `query` is what was asked, so a check made
 * for an entry that has since changed is not taken for the new one.
 */
export const sourceCheckSchema = z.object({
  work_id: z.string(),
  query: z.string(),
  checked_at: z.string(),
  outcome: z.enum(['found', 'not_found', 'matched', 'no_match']),
  record: sourceRecordSchema.nullable(),
  score: z.number().nullable(),
});
export type SourceCheck = z.infer<typeof sourceCheckSchema>;

/** One row of the Retraction Watch data, kept only when it can be matched and its nature is known. */
export const retractionRecordSchema = z.object({
  record_id: z.string(),
  title: z.string().nullable(),
  /** Normalised title (lib/ingest/identities keyOf), for the "possible" match by title and year. */
  title_key: z.string().nullable(),
  year: z.number().int().nullable(),
  doi: z.string().nullable(),
  pmid: z.string().nullable(),
  nature: updateNatureSchema,
  date: z.string().nullable(),
  notice_doi: z.string().nullable(),
  reasons: z.array(z.string()),
});
export type RetractionRecord = z.infer<typeof retractionRecordSchema>;

/** Source finding kinds, most severe first: the order of the report and of a claim's risk. */
export const sourceFindingKindSchema = z.enum([
  'retracted_source',
  'expression_of_concern',
  'possibly_retracted',
  'doi_not_found',
  'metadata_mismatch',
  'corrected_source',
  'doi_suggested',
]);
export type SourceFindingKind = z.infer<typeof sourceFindingKindSchema>;
export const SOURCE_FINDING_KINDS = sourceFindingKindSchema.options;

export const SOURCE_FINDING_LABELS: Record<SourceFindingKind, string> = {
  retracted_source: 'Cited works that were retracted',
  expression_of_concern: 'Cited works under an expression of concern',
  possibly_retracted: 'Cited works that may have a notice (title and year match only)',
  doi_not_found: 'DOIs that do not resolve',
  metadata_mismatch: "Entries that disagree with their DOI's record",
  corrected_source: 'Cited works that were corrected',
  doi_suggested: 'Entries without a DOI that have a confident match',
};

/** A badge's words: on the canvas, in the work panel, the audit tables and the reader. */
export const SOURCE_BADGE_LABELS: Record<SourceFindingKind, string> = {
  retracted_source: 'retracted',
  expression_of_concern: 'expression of concern',
  possibly_retracted: 'possibly retracted',
  doi_not_found: 'DOI not found',
  metadata_mismatch: 'metadata mismatch',
  corrected_source: 'corrected',
  doi_suggested: 'DOI suggested',
};

/** The kinds that make a claim resting on the work the riskiest in the report. */
export const DISCREDITED_KINDS: readonly SourceFindingKind[] = ['retracted_source', 'expression_of_concern'];

const mismatchFieldSchema = z.object({
  field: z.enum(['title', 'year', 'first_author', 'venue']),
  entry: z.string(),
  record: z.string(),
});

export const sourceFindingDetailSchema = z.object({
  /** One line a person can act on. */
  message: z.string(),
  /** The DOI the finding is about: the entry's, or the one suggested. */
  doi: z.string().nullable(),
  /** When the Crossref answer behind it was fetched; null for Retraction Watch data alone. */
  checked_at: z.string().nullable(),
  /** metadata_mismatch: each field that differs, as the entry and the record give it. */
  fields: z.array(mismatchFieldSchema).optional(),
  /** doi_suggested: Crossref's relevance score of the match. */
  score: z.number().optional(),
  /** Notices: how the work was matched to them, and what they say. */
  match: z.enum(['doi', 'pmid', 'title_year', 'bibliographic']).optional(),
  nature: updateNatureSchema.optional(),
  notices: z.array(sourceUpdateSchema).optional(),
  reasons: z.array(z.string()).optional(),
});
export type SourceFindingDetail = z.infer<typeof sourceFindingDetailSchema>;

/** A finding about a work, wherever it is cited. */
export const workSourceFindingSchema = z.object({
  kind: sourceFindingKindSchema,
  detail: sourceFindingDetailSchema,
});
export type WorkSourceFinding = z.infer<typeof workSourceFindingSchema>;

/** A finding about the work an article cites by `number`, with the claims that cite it. */
export const sourceFindingSchema = workSourceFindingSchema.extend({
  number: z.number().int(),
  work_id: z.string(),
  claim_ids: z.array(z.string()),
});
export type SourceFinding = z.infer<typeof sourceFindingSchema>;

/** GET /api/works/<id>/check: the stored check of a work and what the rules make of it. */
export const workCheckSchema = z.object({
  work_id: z.string(),
  check: sourceCheckSchema.nullable(),
  findings: z.array(workSourceFindingSchema),
});
export type WorkCheck = z.infer<typeof workCheckSchema>;
