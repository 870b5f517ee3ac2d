import { evidenceStatusSchema } from './graph';
import { z } from './zod';

/** What the side panel shows for a selected node. */

/** A formatted reference: plain text plus the same text as runs, some in italics (APA). */
export const formattedReferenceSchema = z.object({
  text: z.string(),
  runs: z.array(z.object({ text: z.string(), italic: z.boolean() })),
});
export type FormattedReference = z.infer<typeof formattedReferenceSchema>;

const ref = z.object({ id: z.string(), label: z.string() });
export type NodeRef = z.infer<typeof ref>;

export const claimRefSchema = z.object({
  id: z.string(),
  text: z.string(),
  status: evidenceStatusSchema,
  article: z.string(),
});
export type ClaimRef = z.infer<typeof claimRefSchema>;

export const workSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  year: z.number().nullable(),
  number: z.number().nullable(),
  listed: z.boolean(),
  raw: z.string().nullable(),
  reference: formattedReferenceSchema.nullable(),
  authors: z.array(ref),
  venue: ref.nullable(),
});
export type WorkSummary = z.infer<typeof workSummarySchema>;

export const claimDetailSchema = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.string(),
  status: evidenceStatusSchema,
  article: ref,
  section: ref,
  /** The sentences of the claim's paragraph in order; the claim's own one has `current`. */
  paragraph: z.array(z.object({ id: z.string(), text: z.string(), current: z.boolean() })),
  citations: z.array(z.object({ number: z.number(), marker: z.string().nullable(), work: workSummarySchema })),
  concepts: z.array(ref),
});
export type ClaimDetail = z.infer<typeof claimDetailSchema>;

export const workDetailSchema = workSummarySchema.extend({
  kind: z.string(),
  claims: z.array(claimRefSchema),
  concepts: z.array(ref),
});
export type WorkDetail = z.infer<typeof workDetailSchema>;

export const authorDetailSchema = z.object({
  id: z.string(),
  display: z.string(),
  works: z.array(workSummarySchema.pick({ id: true, title: true, year: true, number: true, listed: true })),
  claims: z.array(claimRefSchema.extend({ workId: z.string() })),
});
export type AuthorDetail = z.infer<typeof authorDetailSchema>;

export const conceptDetailSchema = z.object({
  id: z.string(),
  label: z.string(),
  description: z.string().nullable(),
  aliases: z.array(z.string()),
  broader: ref.nullable(),
  claims: z.array(claimRefSchema),
  works: z.array(ref),
});
export type ConceptDetail = z.infer<typeof conceptDetailSchema>;

export const venueDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  works: z.array(ref.extend({ year: z.number().nullable() })),
});
export type VenueDetail = z.infer<typeof venueDetailSchema>;

export const searchHitSchema = z.object({
  id: z.string(),
  type: z.enum(['claim', 'work', 'author']),
  label: z.string(),
  score: z.number(),
  /** The article a claim belongs to (so a hit elsewhere can switch article). */
  article: z.string().nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
export const searchResultSchema = z.object({ query: z.string(), hits: z.array(searchHitSchema) });
export type SearchResult = z.infer<typeof searchResultSchema>;

/** The body of every error reply from the API. */
export const apiErrorBodySchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
