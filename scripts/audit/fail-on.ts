import { type AuditReport, FINDING_KINDS, type FindingKind } from '@/lib/schemas/audit-report';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** "uncited, unlisted_only" -> the kinds; an unknown kind is a usage error, not a silent pass. */
export function parseFailOn(value: string | undefined): FindingKind[] {
  if (value === undefined) return [];
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
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
