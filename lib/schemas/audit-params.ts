import { slugSchema } from './api-params';
import { z } from './zod';

/** Parameters of GET /api/audit/<slug>. */
export const auditParamsSchema = z.object({
  slug: slugSchema,
  format: z.enum(['json', 'csv']).default('json'),
});
export type AuditParams = z.infer<typeof auditParamsSchema>;
