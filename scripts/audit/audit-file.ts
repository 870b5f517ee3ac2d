import { auditArticle } from '@/lib/audit/audit-article';
import { isArticleParseError } from '@/lib/ingest/errors';
import { VocabularyError } from '@/lib/ingest/vocabulary';
import type { AuditFileResult } from '@/lib/schemas/audit-run';
import { readArticle } from './read-article';
import { type SourceOptions, sourceDataFor } from './source-data';

/**
 * One file's audit, or why the file is unusable: one bad file among many is reported and the
 * others are still audited (the run then exits 2). Anything else, a bug, is thrown.
 */
export async function auditFile(
  file: string,
  options: SourceOptions,
  warn: (text: string) => void,
): Promise<AuditFileResult> {
  try {
    const doc = await readArticle(file);
    return { file, report: auditArticle(doc, await sourceDataFor(doc, options, warn)) };
  } catch (error) {
    if (isArticleParseError(error)) return { file, error: { code: error.code, message: error.message } };
    if (error instanceof VocabularyError) {
      return { file, error: { code: 'vocabulary', message: error.message } };
    }
    throw error;
  }
}
