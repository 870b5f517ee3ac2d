import { EnvError } from '@/lib/env';
import { ArticleParseError } from '@/lib/ingest/errors';
import { VocabularyError } from '@/lib/ingest/vocabulary';
import { isDatabaseUnavailable } from '@/lib/neo4j/connect';
import { RetractionCsvError } from '@/lib/sources/retraction-watch-csv';
import { UsageError } from './usage-error';

/**
 * The one way a CLI ends on an error: a clear message on stderr, no stack trace for the errors a
 * person can fix, and the exit status the CLI documents for that kind of failure.
 */
export function describeError(error: unknown, context = ''): string {
  const where = context ? `${context}: ` : '';
  if (error instanceof ArticleParseError) {
    return `${where}${error.message.split(':')[0]}.\n${error.problems.map((p) => `  - ${p}`).join('\n')}`;
  }
  if (error instanceof VocabularyError) {
    return `${where}Invalid concept vocabulary.\n${error.problems.map((p) => `  - ${p}`).join('\n')}`;
  }
  // A database that is away, a bad setting or a bad argument is no bug: its message says what
  // happened, a stack trace would not.
  if (
    isDatabaseUnavailable(error) ||
    error instanceof EnvError ||
    error instanceof UsageError ||
    error instanceof RetractionCsvError
  )
    return `${where}${(error as Error).message}`;
  return `${where}${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

export function fail(error: unknown, exitCode = 1, context = ''): never {
  process.stderr.write(`error: ${describeError(error, context)}\n`);
  process.exit(exitCode);
}
