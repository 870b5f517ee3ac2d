import type { AuditFileResult } from '@/lib/schemas/audit-run';
import { formatReport } from './format-report';

/**
 * What the run prints on stdout. One plain file: its report alone, as text or one JSON object.
 * Several files or a glob: the text reports one after another under the file's name, or a JSON
 * array of { file, report } and { file, error } (lib/schemas/audit-run.ts). An unusable file is
 * named on stderr; in text it has no report, in JSON its error.
 */
export function formatOutput(
  results: readonly AuditFileResult[],
  options: { json: boolean; many: boolean },
): string {
  if (options.json) {
    if (options.many) return `${JSON.stringify(results)}\n`;
    const [only] = results;
    return only && 'report' in only ? `${JSON.stringify(only.report)}\n` : '';
  }
  const reports = results.flatMap((r) => ('report' in r ? [r] : []));
  if (!options.many) return reports.map((r) => formatReport(r.report)).join('');
  return reports.map((r) => `== ${r.file} ==\n\n${formatReport(r.report)}`).join('\n');
}
