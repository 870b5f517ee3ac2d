import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ALL_FINDING_KINDS, type AnyFindingKind, findingHelp, findingLabel } from '@/lib/audit/finding-kinds';
import { locatedFindings } from '@/lib/audit/located-findings';
import type { AuditFileResult } from '@/lib/schemas/audit-run';

export interface SarifOptions {
  /** The kinds that fail the run (--fail-on): their results are errors, the others warnings. */
  failOn: readonly AnyFindingKind[];
  /** A page that explains the findings; `{kind}` in it is replaced by the rule's kind. */
  docsUrl?: string;
  cwd?: string;
}

// Without --docs-url the rules point at the README's section on the finding kinds.
const README = `${pathToFileURL(path.resolve(import.meta.dirname, '../../README.md')).href}#audit-in-ci`;

/** A path as a URI reference relative to the working directory (SARIF wants "/" and escapes). */
export function relativeUri(file: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).map(encodeURIComponent).join('/');
}

function rule(kind: AnyFindingKind, docsUrl: string | undefined): ReportingDescriptor {
  const help = findingHelp(kind);
  return {
    id: kind,
    name: kind.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: findingLabel(kind) },
    fullDescription: { text: help },
    help: { text: help },
    helpUri: docsUrl ? docsUrl.replaceAll('{kind}', kind) : README,
    defaultConfiguration: { level: 'warning' },
  };
}

/**
 * One SARIF 2.1.0 log with one run: a rule per finding kind (all of them, so a result's ruleIndex
 * is stable), a result per finding at the line and column of its claim or entry (no region where
 * the format has no lines), and an unreadable file as a failed invocation's notification.
 */
export function formatSarif(results: readonly AuditFileResult[], options: SarifOptions): Log {
  const cwd = options.cwd ?? process.cwd();
  const ruleIndex = new Map(ALL_FINDING_KINDS.map((k, i) => [k, i]));
  const failing = new Set(options.failOn);
  const sarifResults: Result[] = results.flatMap((r) => {
    if (!('report' in r)) return [];
    const uri = relativeUri(r.file, cwd);
    return locatedFindings(r.report).map((f) => ({
      ruleId: f.kind,
      ruleIndex: ruleIndex.get(f.kind) ?? -1,
      level: failing.has(f.kind) ? 'error' : 'warning',
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
            ...(f.line === undefined
              ? {}
              : {
                  region: { startLine: f.line, ...(f.column === undefined ? {} : { startColumn: f.column }) },
                }),
          },
        },
      ],
    }));
  });
  const unusable = results.flatMap((r) => ('error' in r ? [r] : []));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimtrace-audit',
            informationUri: README,
            rules: ALL_FINDING_KINDS.map((k) => rule(k, options.docsUrl)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href}/` } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: unusable.length === 0,
            toolExecutionNotifications: unusable.map((r) => ({
              level: 'error' as const,
              message: { text: `${r.error.message} [${r.error.code}]` },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: relativeUri(r.file, cwd), uriBaseId: '%SRCROOT%' },
                  },
                },
              ],
            })),
          },
        ],
        results: sarifResults,
      },
    ],
  };
}
