import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/* The audit CLI as CI runs it, for tests: a child process in a given folder, its output and status. */

const TSX = resolve('node_modules/.bin/tsx');
const SCRIPT = resolve('scripts/audit.ts');
// The "@/" paths resolve through the project's tsconfig wherever the command runs.
const TSCONFIG = resolve('tsconfig.json');

export function runCli(args: readonly string[], cwd = process.cwd()) {
  const run = spawnSync(TSX, ['--tsconfig', TSCONFIG, '--conditions=react-server', SCRIPT, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * A draft whose findings sit where we counted them by hand: "Exercise…" is uncited and starts at
 * line 3, column 31 (after "Sleep consolidates memory.[1] ", 30 characters); "Rest days…" cites [2],
 * which is not listed, and starts at line 5, column 3 (after "- ").
 */
export const ANNOTATED_DRAFT = [
  '# Drafts',
  '',
  'Sleep consolidates memory.[1] Exercise lifts mood, as every study shows.',
  '',
  '- Rest days prevent injury.[2]',
  '',
  '## References',
  '',
  '[1] Walker, M. (2017). Why we sleep. New York: Scribner.',
  '',
].join('\n');

/** A short Markdown article: each claim a sentence with its markers, then the listed entries. */
export function markdownArticle(
  title: string,
  claims: readonly string[],
  entries: readonly string[],
): string {
  const list = entries.map((e, i) => `[${i + 1}] ${e}`).join('\n\n');
  return `# ${title}\n\n${claims.join(' ')}\n\n## References\n\n${list}\n`;
}
