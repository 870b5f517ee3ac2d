import './load-env';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { env } from '@/lib/env';
import { applySchema } from '@/lib/neo4j/apply-schema';
import { articleExists } from '@/lib/neo4j/articles';
import { waitForDatabase } from '@/lib/neo4j/connect';
import { closeDriver } from '@/lib/neo4j/driver';
import { crossrefClientFromEnv, crossrefLimits } from '@/lib/sources/client-from-env';
import { fail } from './cli/fail';
import { UsageError } from './cli/usage-error';
import { type CheckSourcesResult, checkSources } from './sources/check-sources';

/*
 * npm run check-sources -- <slug> | --all [--max-age <days>] [--force]
 * Asks Crossref (CLAIMTRACE_CROSSREF_URL) about the listed works of one article or of all, and
 * keeps each answer on the graph (:SourceCheck) with when it was checked. Works checked within the
 * age limit are skipped, so a run that was interrupted picks up where it stopped. Exit status: 0
 * all checked, 1 some could not be checked (named), 2 usage, 130 interrupted (what was checked is kept).
 */

function parseDays(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of days, 0 or more');
  return n;
}

function summary(r: CheckSourcesResult, seconds: string): string {
  const count = (o: string) => r.saved.filter((s) => s === o).length;
  return [
    `Checked ${r.saved.length} of ${r.due} work(s) due in ${seconds} s: ${count('found')} found, ${count('not_found')} DOI(s) not found, ${count('matched')} matched by their entry, ${count('no_match')} without a match.`,
    `Skipped ${r.fresh} checked recently and ${r.unaskable} with neither a DOI nor a title.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run check-sources --')
    .description('Check cited works against Crossref and keep the answers on the graph (uses the network).')
    .argument('[slug]', 'the article whose listed works to check')
    .option('--all', "check every article's listed works")
    .option(
      '--max-age <days>',
      'skip works checked fewer days ago',
      parseDays,
      env().CLAIMTRACE_SOURCE_CHECK_MAX_AGE_DAYS,
    )
    .option('--force', 'check every work again, however recent its check')
    .option('--no-progress', 'never show a progress bar')
    .showHelpAfterError()
    .parse();
  const [slug] = program.args;
  const options = program.opts<{ all?: boolean; maxAge: number; force?: boolean; progress: boolean }>();
  if (Boolean(slug) === Boolean(options.all)) fail(new UsageError('Give one article slug, or --all.'), 2);

  await waitForDatabase({ attempts: 10 });
  await applySchema();
  if (slug && !(await articleExists(slug))) fail(new UsageError(`No article has the slug "${slug}".`), 2);

  const e = env();
  const limits = crossrefLimits(e);
  console.log(
    `Crossref at ${e.CLAIMTRACE_CROSSREF_URL}: ${limits.concurrency} at once, ${limits.lookupsPerSecond} look-ups/s` +
      (e.CLAIMTRACE_CONTACT_EMAIL
        ? ` (polite pool, ${e.CLAIMTRACE_CONTACT_EMAIL})`
        : ' (no CLAIMTRACE_CONTACT_EMAIL: public pool)'),
  );
  const client = crossrefClientFromEnv(e);
  let interrupted = false;
  process.once('SIGINT', () => {
    interrupted = true;
    client.stop();
  });
  const bar =
    options.progress && process.stderr.isTTY
      ? new SingleBar({
          format: '{bar} {value}/{total} works | {failed} failed | ETA {eta_formatted}',
          hideCursor: true,
        })
      : undefined;
  let failedSoFar = 0;
  const started = performance.now();
  const result = await checkSources({
    client,
    slug,
    all: options.all,
    maxAgeDays: options.maxAge,
    force: options.force,
    onStart: (due) => bar?.start(due, 0, { failed: 0 }),
    onResult: (_work, error) => {
      if (error && !interrupted) failedSoFar++;
      bar?.increment({ failed: failedSoFar });
    },
  });
  bar?.stop();
  console.log(summary(result, ((performance.now() - started) / 1000).toFixed(1)));
  if (interrupted) {
    process.stderr.write(
      `Interrupted: ${result.saved.length} check(s) kept; run the same command again to finish.\n`,
    );
    process.exitCode = 130;
    return;
  }
  for (const { work, error } of result.failed)
    process.stderr.write(`error: not checked: ${work.id}: ${error.message}\n`);
  if (result.failed.length > 0) {
    process.stderr.write(
      `${result.failed.length} work(s) could not be checked; run again later to retry them.\n`,
    );
    process.exitCode = 1;
  }
}

main()
  .catch((error) => fail(error))
  .finally(() => closeDriver());
