import { Command } from 'commander';
import { findingKindsHelp } from './fail-on';

export interface AuditOptions {
  json?: boolean;
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
    .option('--json', 'print the report as JSON: one object for one file, an array for several or a glob')
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
