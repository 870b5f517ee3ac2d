import {
  ALL_FINDING_KINDS as ALL_KINDS,
  type AnyFindingKind as Kind,
  findingLabel,
  isSourceFindingKind as isSourceKind,
} from '@/lib/audit/finding-kinds';
import { type AuditReport, FINDING_KINDS } from '@/lib/schemas/audit-report';
import { SOURCE_FINDING_KINDS } from '@/lib/schemas/sources';
import { UsageError } from '../cli/usage-error';

/**
 * "uncited, unlisted_only" -> the kinds; an unknown kind is a usage error, not a silent pass. So is
 * a source kind without source data (--retractions or --check-sources): it could never be found.
 */
export function parseFailOn(value: string | undefined, hasSourceData = false): Kind[] {
  if (value === undefined) return [];
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  // An empty value (`--fail-on ''`, often an unset CI variable) would make the audit pass whatever it finds.
  if (kinds.length === 0) {
    throw new UsageError(`--fail-on needs at least one finding kind; known kinds: ${ALL_KINDS.join(', ')}`);
  }
  const unknown = kinds.filter((k) => !(ALL_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new UsageError(
      `--fail-on: unknown finding kind ${unknown.join(', ')}; known kinds: ${ALL_KINDS.join(', ')}`,
    );
  }
  const sourceKinds = (kinds as Kind[]).filter(isSourceKind);
  if (sourceKinds.length > 0 && !hasSourceData) {
    throw new UsageError(
      `--fail-on ${sourceKinds.join(', ')} needs source data: add --retractions <csv> or --check-sources`,
    );
  }
  return [...new Set(kinds)] as Kind[];
}

/** The --fail-on kinds that the report contains at least once, with how often. */
export function failingKinds(report: AuditReport, failOn: readonly Kind[]): { kind: Kind; count: number }[] {
  return failOn
    .map((kind) => ({
      kind,
      count: isSourceKind(kind)
        ? (report.source_findings ?? []).filter((f) => f.kind === kind).length
        : report.summary.findings[kind],
    }))
    .filter(({ count }) => count > 0);
}

/** The kinds --fail-on accepts, one a line with what each means, for --help. */
export function findingKindsHelp(): string {
  const width = Math.max(...ALL_KINDS.map((k) => k.length));
  const line = (k: Kind) => `  ${k.padEnd(width)}  ${findingLabel(k)}`;
  return [
    ...FINDING_KINDS.map(line),
    '',
    'With --retractions or --check-sources:',
    ...SOURCE_FINDING_KINDS.map(line),
  ].join('\n');
}
