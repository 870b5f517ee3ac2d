import { claimRefSchema } from './details';
import { z } from './zod';

/** A cited work across every article: what the work page (/works/<id>) shows. */

const ref = z.object({ id: z.string(), label: z.string() });

export const workPageSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  kind: z.string(),
  /** The reference's fields as the loader read them, each shown as its own field. */
  fields: z.object({
    year: z.number().nullable(),
    container: z.string().nullable(),
    volume: z.string().nullable(),
    issue: z.string().nullable(),
    pages: z.string().nullable(),
    publisher: z.string().nullable(),
    place: z.string().nullable(),
    doi: z.string().nullable(),
  }),
  authors: z.array(ref),
  venue: ref.nullable(),
  concepts: z.array(ref),
  /** The reference entry as the article printed it (null for a number cited but never listed). */
  raw: z.string().nullable(),
  /** Each article that cites it: its number there, and whether its reference list has it. */
  articles: z.array(
    z.object({ slug: z.string(), title: z.string(), number: z.number(), listed: z.boolean() }),
  ),
  claims: z.array(claimRefSchema),
  /** APA, BibTeX, RIS and CSL-JSON text; null for a number cited but never listed (no fields). */
  exports: z
    .object({ apa: z.string(), bibtex: z.string(), ris: z.string(), 'csl-json': z.string() })
    .nullable(),
});
export type WorkPage = z.infer<typeof workPageSchema>;
