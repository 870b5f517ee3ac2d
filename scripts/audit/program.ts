import { Command, Option } from 'commander';
import { findingKindsHelp } from './fail-on';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface AuditOptions {
  json?: boolean;
  format?: OutputFormat;
  docsUrl?: string;
  against?: string;
  failOn?: string;
  retractions?: string;
  checkSources?: boolean;
}

/** The command line of `npm run audit`: its arguments, options and help. */
export function auditProgram(io: { stdout: (t: string) => void; stderr: (t: string) => void }): Command {
  return new Command('audit')
    .description(
      'Audit the numbered citations of articles (.txt, .md and the other formats read). Needs no database.',
    )
    .argument('<files...>', "article files or glob patterns (quote them: 'docs/**/*.md')")
    .addOption(
      new Option(
        '--format <format>',
        'text; json (one object for one file, an array for several or a glob); sarif (SARIF 2.1.0); github (workflow commands)',
      ).choices(FORMATS),
    )
    .option('--json', 'the same as --format json')
    .option('--against <old>', 'compare the file, a new draft, with an old one: what changed (text or json)')
    .option('--docs-url <url>', "the SARIF rules' help link ({kind} is replaced by the finding kind)")
    .option('--fail-on <kinds>', 'comma-separated finding kinds that make the exit status 1')
    .option('--retractions <csv>', 'match the cited works against a Retraction Watch CSV (no network)')
    .option(
      '--check-sources',
      'look every listed work up at Crossref (CLAIMTRACE_CROSSREF_URL): uses the network',
    )
    .addHelpText(
      'after',
      `\nFinding kinds (for --fail-on):\n${findingKindsHelp()}\n\nExit status, the worst over all files: 0 clean, 1 a --fail-on kind was found, 2 unusable input or usage.`,
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
}
