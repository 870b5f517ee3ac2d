import { SLUG_PATTERN } from '@/lib/text/slug';
import { z } from './zod';

/**
 * A curated concept vocabulary for one article: graph/corpus/<slug>.concepts.json. Ids are bare
 * kebab-case words ("restrictive-emotionality"); the parser prefixes them ("concept:...") so that
 * two vocabularies naming the same id meet at one Concept node.
 */
const conceptKey = z
  .string()
  .regex(SLUG_PATTERN, 'must be kebab-case: lower-case letters and digits joined by "-"');

export const conceptEntrySchema = z.object({
  id: conceptKey,
  label: z.string().trim().min(1, 'must not be empty'),
  aliases: z.array(z.string().trim().min(1, 'an alias must not be empty')).default([]),
  description: z.string().trim().min(1, 'must not be empty'),
  broader: conceptKey.nullish(),
});
export type ConceptEntry = z.infer<typeof conceptEntrySchema>;

function broaderCycle(concepts: ConceptEntry[]): string | null {
  const broader = new Map(concepts.map((c) => [c.id, c.broader ?? null]));
  for (const start of broader.keys()) {
    const seen = new Set<string>();
    for (let at: string | null | undefined = start; at; at = broader.get(at)) {
      if (seen.has(at)) return start;
      seen.add(at);
    }
  }
  return null;
}

export const conceptVocabularySchema = z
  .object({ concepts: z.array(conceptEntrySchema) })
  .superRefine(({ concepts }, ctx) => {
    const ids = new Set<string>();
    concepts.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['concepts', i, 'id'], message: `duplicate id "${c.id}"` });
      ids.add(c.id);
    });
    concepts.forEach((c, i) => {
      if (c.broader && !ids.has(c.broader)) {
        ctx.addIssue({
          code: 'custom',
          path: ['concepts', i, 'broader'],
          message: `names "${c.broader}", which is not a concept of this vocabulary`,
        });
      }
      if (c.broader === c.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['concepts', i, 'broader'],
          message: 'a concept cannot be broader than itself',
        });
      }
    });
    const cycle = broaderCycle(concepts);
    if (cycle)
      ctx.addIssue({
        code: 'custom',
        path: ['concepts'],
        message: `"broader" links form a cycle through "${cycle}"`,
      });
  });
export type ConceptVocabulary = z.infer<typeof conceptVocabularySchema>;
