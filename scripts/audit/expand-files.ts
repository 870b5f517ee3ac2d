import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../cli/usage-error';

export interface FileList {
  files: string[];
  /** More than one argument, or a pattern: the JSON output is then an array, whatever matched. */
  many: boolean;
}

// A pattern such as '**/*.md' must not wander into installed packages or the repository's internals.
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/.next/**'];

/**
 * The command line's files and glob patterns as the files to audit, in the order given (each
 * pattern's matches sorted), each once. A plain path is kept as written, so a missing file is
 * reported by the reader like any unusable one; a pattern that matches nothing is a usage error,
 * since an audit of nothing would pass in CI without anyone noticing.
 */
export async function expandFiles(args: readonly string[], cwd = process.cwd()): Promise<FileList> {
  const files: string[] = [];
  let patterns = 0;
  for (const arg of args) {
    if (!isDynamicPattern(arg)) {
      files.push(arg);
      continue;
    }
    patterns++;
    const matches = await glob(arg, { cwd, onlyFiles: true, ignore: IGNORED, expandDirectories: false });
    if (matches.length === 0) throw new UsageError(`no file matches ${arg}`);
    files.push(...matches.sort());
  }
  return { files: [...new Set(files)], many: args.length > 1 || patterns > 0 };
}
