import { z } from 'zod';
import { slugSchema } from './api-params';

/** Parameters of GET /api/audit/<slug>. */
export const auditParamsSchema = z.object({
  slug: slugSchema,
  format: z.enum(['json', 'csv']).default('json'),
});
export type AuditParams = z.infer<typeof auditParamsSchema>;

/** GET /api/audit: the articles there are to audit. */
export const auditArticlesSchema = z.object({
  articles: z.array(z.object({ slug: z.string(), title: z.string() })),
});
export type AuditArticles = z.infer<typeof auditArticlesSchema>;
