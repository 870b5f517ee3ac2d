import { CommanderError } from 'commander';
import type { AuditFileResult } from '@/lib/schemas/audit-run';
import { RetractionCsvError } from '@/lib/sources/retraction-watch-csv';
import { UsageError } from '../cli/usage-error';
import { auditFile } from './audit-file';
import { expandFiles } from './expand-files';
import { failingKinds, parseFailOn } from './fail-on';
import { formatOutput } from './format-output';
import { type AuditOptions, auditProgram, type OutputFormat } from './program';
import { runComparison } from './run-comparison';

export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** --json is --format json; the two saying different things is a usage error, as is a bad --docs-url. */
function outputFormat(options: AuditOptions): OutputFormat {
  if (options.json && options.format && options.format !== 'json') {
    throw new UsageError(`--json and --format ${options.format} ask for two formats; give one`);
  }
  if (options.docsUrl !== undefined && !URL.canParse(options.docsUrl.replaceAll('{kind}', 'kind'))) {
    throw new UsageError(`--docs-url must be an absolute URL, such as https://example.org/audit#{kind}`);
  }
  return options.json ? 'json' : (options.format ?? 'text');
}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * The whole CLI as a function of its arguments, returning the exit status, the worst over all
 * files: 0 clean, 1 a --fail-on kind was found, 2 unusable input or usage. No database is touched;
 * the network only with --check-sources.
 */
export async function runAudit(argv: string[], io: Io): Promise<number> {
  const program = auditProgram(io);
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version'
        ? EXIT.ok
        : EXIT.unusable;
    }
    throw error;
  }
  const options = program.opts<AuditOptions>();
  try {
    const failOn = parseFailOn(options.failOn, Boolean(options.retractions || options.checkSources));
    const format = outputFormat(options);
    const { files, many } = await expandFiles(program.args);
    if (options.against !== undefined) {
      return await runComparison(files, { ...options, against: options.against }, { format, failOn, io });
    }
    const results: AuditFileResult[] = [];
    let status: number = EXIT.ok;
    for (const file of files) {
      const result = await auditFile(file, options, io.stderr);
      results.push(result);
      if ('error' in result) {
        io.stderr(`audit: ${file}: ${result.error.message} [${result.error.code}]\n`);
        status = EXIT.unusable;
        continue;
      }
      const failing = failingKinds(result.report, failOn);
      if (failing.length === 0) continue;
      const where = many ? `${file}: ` : '';
      io.stderr(
        `audit: ${where}found ${failing.map(({ kind, count }) => `${kind} (${count})`).join(', ')}\n`,
      );
      status = Math.max(status, EXIT.findings);
    }
    io.stdout(formatOutput(results, { format, many, failOn, docsUrl: options.docsUrl }));
    return status;
  } catch (error) {
    if (error instanceof RetractionCsvError || error instanceof UsageError) {
      io.stderr(`audit: ${error.message}\n`);
      return EXIT.unusable;
    }
    throw error;
  }
}
