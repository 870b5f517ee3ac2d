import { runAudit } from './audit/run';

// `npm run audit -- <file> [--json] [--fail-on <kinds>]`; see scripts/audit/run.ts. Exit status 3
// is a bug in the audit itself, kept apart from 1 (findings) and 2 (unusable input).
try {
  process.exitCode = await runAudit(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (error) {
  process.stderr.write(`audit: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 3;
}
