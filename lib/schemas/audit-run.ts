import { auditReportSchema } from './audit-report';
import { z } from './zod';

/**
 * `npm run audit --json` over several files or a glob: an array with one element per file, in the
 * order audited, either its report or why it could not be read. With one plain file argument the
 * output stays one bare report, as before, so existing scripts keep working.
 */
export const auditFileErrorSchema = z.object({
  /** An ArticleParseError code (lib/ingest/errors.ts), or `vocabulary` for a bad concepts file. */
  code: z.string(),
  message: z.string(),
});

export const auditFileResultSchema = z.union([
  z.object({ file: z.string(), report: auditReportSchema }),
  z.object({ file: z.string(), error: auditFileErrorSchema }),
]);
export type AuditFileResult = z.infer<typeof auditFileResultSchema>;

export const auditRunSchema = z.array(auditFileResultSchema);
