import { SOURCE_FORMATS, type SourceFormat } from '@/lib/ingest/document/source-document';
import { findingKindSchema } from './audit-report';
import { z } from './zod';

/**
 * GET /api/library: every article with what an editor sorts and filters a corpus by. The figures
 * are the audit's (lib/audit): `claims` are the sentences that need evidence, `coverage` the share
 * of them backed by a listed reference, `findings` the count of each finding kind.
 */
export const libraryEntrySchema = z.object({
  slug: z.string(),
  title: z.string(),
  /** The format it was read from; null for an article loaded before formats were kept. */
  format: z.enum(SOURCE_FORMATS as readonly [SourceFormat, ...SourceFormat[]]).nullable(),
  style: z.string().nullable(),
  coverage: z.number(),
  claims: z.number().int(),
  works: z.number().int(),
  findings: z.record(findingKindSchema, z.number().int()),
  /** ISO 8601, UTC; null for an article loaded before load times were kept. */
  loadedAt: z.string().nullable(),
});
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

export const librarySchema = z.object({ articles: z.array(libraryEntrySchema) });
export type Library = z.infer<typeof librarySchema>;
