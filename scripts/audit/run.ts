import { Command, CommanderError } from 'commander';
import { auditArticle } from '@/lib/audit/audit-article';
import { isArticleParseError } from '@/lib/ingest/errors';
import { RetractionCsvError } from '@/lib/sources/retraction-watch-csv';
import { UsageError } from '../cli/usage-error';
import { failingKinds, findingKindsHelp, parseFailOn } from './fail-on';
import { formatReport } from './format-report';
import { readArticle } from './read-article';
import { sourceDataFor } from './source-data';

export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * The whole CLI as a function of its arguments, returning the exit status: 0 clean, 1 a --fail-on
 * kind was found, 2 unusable input or usage. No database is touched; the network only with
 * --check-sources.
 */
export async function runAudit(argv: string[], io: Io): Promise<number> {
  const program = new Command('audit')
    .description('Audit the numbered citations of an article (.txt or .md). Needs no database.')
    .argument('<file>', 'the article')
    .option('--json', 'print the report as one JSON object')
    .option('--fail-on <kinds>', 'comma-separated finding kinds that make the exit status 1')
    .option('--retractions <csv>', 'match the cited works against a Retraction Watch CSV (no network)')
    .option(
      '--check-sources',
      'look every listed work up at Crossref (CLAIMTRACE_CROSSREF_URL): uses the network',
    )
    .addHelpText(
      'after',
      `\nFinding kinds (for --fail-on):\n${findingKindsHelp()}\n\nExit status: 0 clean, 1 a --fail-on kind was found, 2 unusable input or usage.`,
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
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
  const [file] = program.args as [string];
  const options = program.opts<{
    json?: boolean;
    failOn?: string;
    retractions?: string;
    checkSources?: boolean;
  }>();
  try {
    const failOn = parseFailOn(options.failOn, Boolean(options.retractions || options.checkSources));
    const doc = await readArticle(file);
    const report = auditArticle(doc, await sourceDataFor(doc, options, io.stderr));
    io.stdout(options.json ? `${JSON.stringify(report)}\n` : formatReport(report));
    const failing = failingKinds(report, failOn);
    if (failing.length > 0) {
      io.stderr(`audit: found ${failing.map(({ kind, count }) => `${kind} (${count})`).join(', ')}\n`);
      return EXIT.findings;
    }
    return EXIT.ok;
  } catch (error) {
    if (isArticleParseError(error)) {
      io.stderr(`audit: ${file}: ${error.message} [${error.code}]\n`);
      return EXIT.unusable;
    }
    if (error instanceof RetractionCsvError) {
      io.stderr(`audit: ${error.message}\n`);
      return EXIT.unusable;
    }
    if (error instanceof UsageError) {
      io.stderr(`audit: ${error.message}\n`);
      return EXIT.unusable;
    }
    throw error;
  }
}
