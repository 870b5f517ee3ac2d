import {
  type AuditReport,
  FINDING_KINDS,
  FINDING_LABELS,
  type FindingKind,
} from '@/lib/schemas/audit-report';
import { UsageError } from '../cli/usage-error';

/** "uncited, unlisted_only" -> the kinds; an unknown kind is a usage error, not a silent pass. */
export function parseFailOn(value: string | undefined): FindingKind[] {
  if (value === undefined) return [];
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  // An empty value (`--fail-on ''`, often an unset CI variable) would make the audit pass whatever it finds.
  if (kinds.length === 0) {
    throw new UsageError(
      `--fail-on needs at least one finding kind; known kinds: ${FINDING_KINDS.join(', ')}`,
    );
  }
  const unknown = kinds.filter((k) => !(FINDING_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new UsageError(
      `--fail-on: unknown finding kind ${unknown.join(', ')}; known kinds: ${FINDING_KINDS.join(', ')}`,
    );
  }
  return [...new Set(kinds)] as FindingKind[];
}

/** The --fail-on kinds that the report contains at least once. */
export function failingKinds(report: AuditReport, failOn: readonly FindingKind[]): FindingKind[] {
  return failOn.filter((kind) => report.summary.findings[kind] > 0);
}

/** The kinds --fail-on accepts, one a line with what each means, for --help. */
export function findingKindsHelp(): string {
  const width = Math.max(...FINDING_KINDS.map((k) => k.length));
  return FINDING_KINDS.map((k) => `  ${k.padEnd(width)}  ${FINDING_LABELS[k]}`).join('\n');
}
