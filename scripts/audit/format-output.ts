import type { AnyFindingKind } from '@/lib/audit/finding-kinds';
import type { AuditFileResult } from '@/lib/schemas/audit-run';
import { formatGithub } from './format-github';
import { formatReport } from './format-report';
import { formatSarif } from './format-sarif';
import type { OutputFormat } from './program';

export interface OutputOptions {
  format: OutputFormat;
  many: boolean;
  failOn: readonly AnyFindingKind[];
  docsUrl?: string;
}

/**
 * What the run prints on stdout. One plain file: its report alone, as text or one JSON object.
 * Several files or a glob: the text reports one after another under the file's name, or a JSON
 * array of { file, report } and { file, error } (lib/schemas/audit-run.ts). An unusable file is
 * named on stderr; in text it has no report, in JSON its error. SARIF and GitHub commands hold all
 * files in one output whatever their number.
 */
export function formatOutput(results: readonly AuditFileResult[], options: OutputOptions): string {
  if (options.format === 'sarif') return `${JSON.stringify(formatSarif(results, options), null, 2)}\n`;
  if (options.format === 'github') return formatGithub(results, options);
  if (options.format === 'json') {
    if (options.many) return `${JSON.stringify(results)}\n`;
    const [only] = results;
    return only && 'report' in only ? `${JSON.stringify(only.report)}\n` : '';
  }
  const reports = results.flatMap((r) => ('report' in r ? [r] : []));
  if (!options.many) return reports.map((r) => formatReport(r.report)).join('');
  return reports.map((r) => `== ${r.file} ==\n\n${formatReport(r.report)}`).join('\n');
}
