import { SLUG_PATTERN } from '@/lib/text/slug';
import { auditReportSchema } from './audit-report';
import { conceptVocabularySchema } from './concept-vocabulary';
import { z } from './zod';

/** GET /api/articles: one page of articles, by slug. */
export const articleListParamsSchema = z.object({
  skip: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const articleSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  claims: z.number(),
  references: z.number(),
});
export type ArticleSummaryDto = z.infer<typeof articleSummarySchema>;

export const articleListSchema = z.object({ articles: z.array(articleSummarySchema) });
export type ArticleList = z.infer<typeof articleListSchema>;

/**
 * POST /api/articles: load (or replace) one article from its text (plain text or Markdown), or
 * from a file in any format read (`file.name` picks the reader with the bytes; base64 in JSON).
 */
export const ingestRequestSchema = z
  .object({
    slug: z.string().regex(SLUG_PATTERN, 'must be lower-case letters, digits and single hyphens').max(200),
    text: z.string().min(1, 'the article text is empty').optional(),
    file: z
      .object({
        name: z.string().min(1).max(255),
        base64: z
          .string()
          .min(1, 'the file is empty')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64'),
      })
      .optional(),
    vocabulary: conceptVocabularySchema.optional(),
  })
  .refine((body) => (body.text === undefined) !== (body.file === undefined), {
    path: ['text'],
    message: 'give the article either as text or as a file, not both or neither',
  });
export type IngestRequest = z.infer<typeof ingestRequestSchema>;

export const ingestResponseSchema = z.object({
  slug: z.string(),
  title: z.string(),
  claims: z.number(),
  works: z.number(),
  replaced: z.boolean(),
});
export type IngestResponse = z.infer<typeof ingestResponseSchema>;

/**
 * POST /api/articles/preview: what POST /api/articles would load, audited, with nothing written.
 * `replaces`: whether an article with that slug is loaded now (null when the graph could not say).
 */
export const articlePreviewSchema = z.object({
  slug: z.string(),
  title: z.string(),
  format: z.string().nullable(),
  replaces: z.boolean().nullable(),
  report: auditReportSchema,
});
export type ArticlePreview = z.infer<typeof articlePreviewSchema>;
