import { FINDING_KINDS, type AuditReport } from '@/lib/schemas/audit-report';
import { type AnyFindingKind, findingLabel } from './finding-kinds';

/**
 * The report's findings one by one, each with a message and, where the source gives one, the
 * line and column it is about: what an annotation on a file needs (SARIF, GitHub commands).
 * Read by field names alone (claim_id, number, numbers, claim_ids), not per kind, so a kind added
 * to the report is annotated too, at the first claim or entry it names.
 */
export interface LocatedFinding {
  kind: AnyFindingKind;
  message: string;
  line?: number;
  column?: number;
}

type Place = { line?: number; column?: number };
type Fields = Record<string, unknown>;

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const nums = (v: unknown) => (Array.isArray(v) ? v.filter((n): n is number => typeof n === 'number') : []);
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const list = (ns: number[]) => ns.map((n) => `[${n}]`).join(' ');

function placesOf(report: AuditReport) {
  const claims = new Map<string, Place>(report.claims.map((c) => [c.id, { line: c.line, column: c.column }]));
  const entries = new Map<number, Place>(
    report.references.map((r) => [r.number, { line: r.line, column: r.column }]),
  );
  // The claim itself, else the entry of its number, else the first claim that cites it.
  return (f: Fields): Place => {
    const candidates = [
      claims.get(str(f.claim_id) ?? ''),
      entries.get(num(f.number) ?? nums(f.numbers)[0] ?? Number.NaN),
      claims.get(strs(f.claim_ids)[0] ?? ''),
    ];
    return candidates.find((p) => p?.line !== undefined) ?? {};
  };
}

function messageOf(kind: AnyFindingKind, f: Fields): string {
  const detail = f.detail as Fields | undefined;
  const own = str(f.message) ?? str(detail?.message);
  const number = num(f.number);
  const subject =
    str(f.text) ?? (number === undefined ? list(nums(f.numbers)) : `[${number}] ${str(f.raw) ?? ''}`.trim());
  const extra = [
    nums(f.unlisted).length > 0 ? `not listed: ${list(nums(f.unlisted))}` : '',
    strs(f.missing).length > 0 ? `missing: ${strs(f.missing).join(', ')}` : '',
    strs(f.risk_reasons).length > 0 ? strs(f.risk_reasons).join(', ') : '',
    nums(f.candidates).length > 0
      ? `${str(f.callout) ?? 'the callout'} may mean ${list(nums(f.candidates))}`
      : '',
    str(f.cited_year) && str(f.listed_year)
      ? `${str(f.callout) ?? 'the callout'} says ${str(f.cited_year)}, [${number}] says ${str(f.listed_year)}`
      : '',
  ].filter((s) => s !== '');
  const numbered = own && number !== undefined && !own.includes(`[${number}]`) ? `[${number}] ${own}` : own;
  // The kind's label is the annotation's title (the SARIF rule), so the message is the finding itself.
  const base = numbered ?? (str(f.text) || str(f.raw) ? subject : `${findingLabel(kind)}: ${subject}`);
  return extra.length > 0 ? `${base} (${extra.join('; ')})` : base;
}

export function locatedFindings(report: AuditReport): LocatedFinding[] {
  const placeOf = placesOf(report);
  const all: { kind: AnyFindingKind; fields: Fields }[] = [
    ...FINDING_KINDS.flatMap((kind) =>
      (report.findings[kind] as Fields[]).map((fields) => ({ kind, fields })),
    ),
    ...(report.source_findings ?? []).map((f) => ({ kind: f.kind, fields: f as unknown as Fields })),
  ];
  return all.map(({ kind, fields }) => ({ kind, message: messageOf(kind, fields), ...placeOf(fields) }));
}
