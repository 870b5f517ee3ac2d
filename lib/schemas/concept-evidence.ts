import { conceptDetailSchema } from './details';
import { z } from './zod';

/** A concept across every article in the graph: what the concept page (/concepts/<id>) shows. */

const ref = z.object({ id: z.string(), label: z.string() });

/** A work that backs the concept: cited by a claim mentioning it, about it, or both. */
export const conceptWorkSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  year: z.number().nullable(),
  authors: z.array(ref),
  venue: ref.nullable(),
  /** Claims mentioning the concept that cite this work (0 for a work only about it). */
  citingClaims: z.number(),
  about: z.boolean(),
});
export type ConceptWork = z.infer<typeof conceptWorkSchema>;

const tally = ref.extend({ works: z.number() });

/** The concept panel's detail, with the works widened and the evidence figures added. */
export const conceptEvidenceSchema = conceptDetailSchema.omit({ works: true }).extend({
  /** Claims by status; coverage is backed over the claims that need evidence (null when none does). */
  counts: z.object({ backed: z.number(), unlisted: z.number(), uncited: z.number(), exempt: z.number() }),
  coverage: z.number().nullable(),
  works: z.array(conceptWorkSchema),
  /** Works per publication year, oldest first; works without a year are counted apart. */
  years: z.array(z.object({ year: z.number(), works: z.number() })),
  undated: z.number(),
  topAuthors: z.array(tally),
  topVenues: z.array(tally),
  articles: z.array(z.object({ slug: z.string(), title: z.string(), claims: z.number() })),
});
export type ConceptEvidence = z.infer<typeof conceptEvidenceSchema>;
