import path from 'node:path';
import type { AnyFindingKind } from '@/lib/audit/finding-kinds';
import { findingLabel } from '@/lib/audit/finding-kinds';
import { locatedFindings } from '@/lib/audit/located-findings';
import type { AuditFileResult } from '@/lib/schemas/audit-run';

/*
 * GitHub Actions workflow commands, `::warning file=…,line=…,col=…,title=…::message`, one a line:
 * the runner shows each on its line of the file in the pull request. Escaped as the Actions
 * toolkit escapes them (packages/core/src/command.ts): "%", CR and LF in the message; those and
 * ":" and "," in a property value, where they would end the value.
 */

export const escapeData = (s: string) =>
  s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
export const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

function command(
  name: 'error' | 'warning',
  properties: Record<string, string | number | undefined>,
  message: string,
) {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}

/** Kinds named by --fail-on are errors, the rest warnings; an unreadable file is an error. */
export function formatGithub(
  results: readonly AuditFileResult[],
  options: { failOn: readonly AnyFindingKind[]; cwd?: string },
): string {
  const cwd = options.cwd ?? process.cwd();
  const failing = new Set(options.failOn);
  const lines = results.flatMap((r) => {
    // Relative to the workspace, with "/", as GitHub matches annotations to the repository's files.
    const file = path.relative(cwd, path.resolve(cwd, r.file)).split(path.sep).join('/');
    if ('error' in r) return [command('error', { file, title: 'Unusable article' }, r.error.message)];
    return locatedFindings(r.report).map((f) =>
      command(
        failing.has(f.kind) ? 'error' : 'warning',
        { file, line: f.line, col: f.column, title: findingLabel(f.kind) },
        f.message,
      ),
    );
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
