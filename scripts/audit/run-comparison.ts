import { compareDrafts } from '@/lib/audit/compare-drafts';
import type { AnyFindingKind } from '@/lib/audit/finding-kinds';
import { UsageError } from '../cli/usage-error';
import { auditFile } from './audit-file';
import { failingKinds } from './fail-on';
import { formatComparison } from './format-comparison';
import type { AuditOptions, OutputFormat } from './program';

const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/**
 * `npm run audit -- new.md --against old.md`: what changed from the old draft to the new, as text
 * or JSON (lib/schemas/draft-comparison.ts). The exit status is the new draft's, as without
 * --against: 1 when it has a --fail-on kind, 2 when either draft is unusable.
 */
export async function runComparison(
  files: readonly string[],
  options: AuditOptions & { against: string },
  context: {
    format: OutputFormat;
    failOn: readonly AnyFindingKind[];
    io: { stdout: (t: string) => void; stderr: (t: string) => void };
  },
): Promise<number> {
  const { format, failOn, io } = context;
  if (files.length !== 1)
    throw new UsageError('--against compares one new draft with one old draft: give one file');
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--against prints text or json, not ${format}`);
  }
  const [newer, older] = [
    await auditFile(files[0] as string, options, io.stderr),
    await auditFile(options.against, options, io.stderr),
  ];
  let unusable = false;
  for (const r of [newer, older]) {
    if ('error' in r) {
      io.stderr(`audit: ${r.file}: ${r.error.message} [${r.error.code}]\n`);
      unusable = true;
    }
  }
  if (!('report' in newer) || !('report' in older) || unusable) return EXIT.unusable;
  const comparison = compareDrafts(older.report, newer.report);
  io.stdout(format === 'json' ? `${JSON.stringify(comparison)}\n` : formatComparison(comparison));
  const failing = failingKinds(newer.report, failOn);
  if (failing.length === 0) return EXIT.ok;
  io.stderr(`audit: found ${failing.map(({ kind, count }) => `${kind} (${count})`).join(', ')}\n`);
  return EXIT.findings;
}
