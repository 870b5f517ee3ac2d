import './load-env';
import { Command } from 'commander';
import { applySchema } from '@/lib/neo4j/apply-schema';
import { waitForDatabase } from '@/lib/neo4j/connect';
import { closeDriver } from '@/lib/neo4j/driver';
import { replaceRetractions } from '@/lib/neo4j/retractions';
import { readRetractionFile } from '@/lib/sources/read-retraction-file';
import { RetractionCsvError } from '@/lib/sources/retraction-watch-csv';
import { fail } from './cli/fail';

/*
 * npm run sources:retractions -- <csv>
 * Loads the Retraction Watch data (the CSV Crossref distributes) into the graph, replacing what an
 * earlier load put there. The whole file is read and checked first: a file that is not that CSV
 * is refused (exit 2) and the graph keeps the data it had. The audit, the API and the pages match
 * cited works against it by DOI, PubMed id, or (as "possible") title and year.
 */

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run sources:retractions --')
    .description('Load a Retraction Watch CSV into the graph (replaces the one loaded before).')
    .argument('<csv>', 'the Retraction Watch data, e.g. retraction_watch.csv')
    .showHelpAfterError()
    .parse();
  const [file] = program.args as [string];
  let parsed: Awaited<ReturnType<typeof readRetractionFile>>;
  try {
    parsed = await readRetractionFile(file);
  } catch (error) {
    if (error instanceof RetractionCsvError) fail(error, 2);
    throw error;
  }
  const unknown = Object.entries(parsed.unknownNatures);
  if (unknown.length > 0) {
    process.stderr.write(
      `warning: rows of a nature this version does not know were left out: ${unknown.map(([n, c]) => `${n} (${c})`).join(', ')}\n`,
    );
  }
  await waitForDatabase({ attempts: 10 });
  await applySchema();
  const started = performance.now();
  await replaceRetractions({ file, rows: parsed.rows, records: parsed.records });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Loaded ${parsed.records.length} Retraction Watch record(s) of ${parsed.rows} row(s) in ${seconds} s ` +
      `(left out: ${parsed.skipped.nature} reinstatements or unknown natures, ${parsed.skipped.unmatchable} without a DOI, PMID or title and year).`,
  );
}

main()
  .catch((error) => fail(error))
  .finally(() => closeDriver());
