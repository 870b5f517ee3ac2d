import { z } from 'zod';

/*
 * The parts of Crossref's REST API answers that Claimtrace reads, as its documentation gives them
 * (github.com/CrossRef/rest-api-doc, api_format.md): `/works/{doi}` answers a singleton
 * {status, message-type: "work", message}; `/works?query.bibliographic=` a list
 * {status, message-type: "work-list", message: {items, total-results}} whose items carry a `score`.
 * Every other field is dropped (zod strips unknown keys), so a new field never breaks a check, and
 * a missing required one is a clear error rather than a silent "not retracted".
 */

/** [[2006, 5, 19]]; Crossref sends [[null]] for an unknown date. */
const partialDate = z.object({ 'date-parts': z.array(z.array(z.number().int().nullable())) });

/** A notice relation: `update-to` on the notice, `updated-by` on the work it updates. */
const update = z.object({
  DOI: z.string(),
  type: z.string(),
  label: z.string().optional(),
  updated: partialDate.optional(),
  /** "publisher" or "retraction-watch" in `updated-by`. */
  source: z.string().optional(),
});
export type CrossrefUpdate = z.infer<typeof update>;

const contributor = z.object({
  family: z.string().optional(),
  given: z.string().optional(),
  /** An organisation as author has a name and no family. */
  name: z.string().optional(),
  sequence: z.string().optional(),
});

export const crossrefWorkSchema = z.object({
  DOI: z.string(),
  title: z.array(z.string()).optional(),
  subtitle: z.array(z.string()).optional(),
  author: z.array(contributor).optional(),
  'container-title': z.array(z.string()).optional(),
  'short-container-title': z.array(z.string()).optional(),
  type: z.string().optional(),
  issued: partialDate.optional(),
  published: partialDate.optional(),
  'published-print': partialDate.optional(),
  'published-online': partialDate.optional(),
  'update-to': z.array(update).optional(),
  'updated-by': z.array(update).optional(),
  score: z.number().optional(),
});
export type CrossrefWork = z.infer<typeof crossrefWorkSchema>;

export const crossrefWorkResponseSchema = z.object({
  status: z.literal('ok'),
  'message-type': z.literal('work'),
  message: crossrefWorkSchema,
});

export const crossrefWorkListResponseSchema = z.object({
  status: z.literal('ok'),
  'message-type': z.literal('work-list'),
  message: z.object({ items: z.array(crossrefWorkSchema), 'total-results': z.number().optional() }),
});
