import { SLUG_PATTERN } from '@/lib/text/slug';
import { z } from './zod';

/** Query parameters of the explorer's route handlers, parsed the same way on both sides. */

export const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(SLUG_PATTERN, 'must be a lowercase slug (letters and digits joined by single hyphens)');

/** Node ids: slugs with a path (`article/c12`) or content-derived identities; no control chars. */
export const nodeIdSchema = z
  .string()
  .min(1)
  .max(300)
  // \s covers spaces; control characters never occur in ids.
  .regex(/^[^\s\p{Cc}]+$/u, 'must be a node id without spaces or control characters');

export const graphParamsSchema = z.object({
  article: slugSchema.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(2000),
});
export type GraphParams = z.infer<typeof graphParamsSchema>;

export const idParamsSchema = z.object({ id: nodeIdSchema });
export type IdParams = z.infer<typeof idParamsSchema>;

export const scopedIdParamsSchema = z.object({
  id: nodeIdSchema,
  /** Limits the lists to one article (the one on screen); all articles when absent. */
  article: slugSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ScopedIdParams = z.infer<typeof scopedIdParamsSchema>;

export const neighbourhoodParamsSchema = z.object({
  id: nodeIdSchema,
  skip: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(25),
});
export type NeighbourhoodParams = z.infer<typeof neighbourhoodParamsSchema>;

export const searchParamsSchema = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(200),
  article: slugSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;

/** Turns URLSearchParams into a plain object for zod, dropping empty values. */
export function paramsObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (v !== '') out[k] = v;
  return out;
}
