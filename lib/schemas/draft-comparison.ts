import { z } from './zod';

/**
 * What changed between two drafts of an article: `npm run audit -- new.md --against old.md`, and
 * a page that compares two versions. Sentences are matched by their words (markers left out):
 * the same words are the same sentence, mostly the same words a rewording
 * (lib/audit/compare-drafts.ts). Numbers are each draft's own; citations are compared by the work
 * they name, so a renumbered reference list is no change.
 */

const numbers = z.array(z.number().int());

export const draftSentenceSchema = z.object({
  id: z.string(),
  text: z.string(),
  cites: numbers,
  /** 1-based line in its draft's file, where the format has lines. */
  line: z.number().int().optional(),
});
export type DraftSentence = z.infer<typeof draftSentenceSchema>;

export const rewordedSentenceSchema = z.object({
  old: draftSentenceSchema,
  new: draftSentenceSchema,
  /** Shared distinct words over all distinct words of the two (Jaccard), 0..1, 2 places. */
  similarity: z.number(),
});

export const citationChangeSchema = z.object({
  old: draftSentenceSchema,
  new: draftSentenceSchema,
  /** Numbers of the new draft that the sentence now cites and did not before. */
  gained: numbers,
  /** Numbers of the old draft that the sentence cited and no longer does. */
  lost: numbers,
});

export const draftReferenceSchema = z.object({
  number: z.number().int(),
  raw: z.string().nullable(),
});

export const draftCoverageSchema = z.object({
  claims: z.number().int(),
  backed: z.number().int(),
  coverage: z.number(),
});

export const draftComparisonSchema = z.object({
  old: z.object({ title: z.string() }),
  new: z.object({ title: z.string() }),
  claims: z.object({
    added: z.array(draftSentenceSchema),
    removed: z.array(draftSentenceSchema),
    reworded: z.array(rewordedSentenceSchema),
    /** Sentences with the same words in both drafts. */
    unchanged: z.number().int(),
    /** Matched sentences (unchanged or reworded) whose cited works differ. */
    citations_changed: z.array(citationChangeSchema),
  }),
  references: z.object({
    added: z.array(draftReferenceSchema),
    removed: z.array(draftReferenceSchema),
  }),
  coverage: z.object({ before: draftCoverageSchema, after: draftCoverageSchema }),
});
export type DraftComparison = z.infer<typeof draftComparisonSchema>;
