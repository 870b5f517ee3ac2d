import './load-env';
import { Command, InvalidArgumentError } from 'commander';
import { waitForDatabase } from '@/lib/neo4j/connect';
import { closeDriver } from '@/lib/neo4j/driver';
import { deleteArticle } from '@/lib/neo4j/write-article';
import { slugSchema } from '@/lib/schemas/api-params';
import { fail } from './cli/fail';

/*
 * npm run remove -- <slug>...
 * Deletes articles from the graph, each in its own transaction with whatever only it used (works,
 * authors, venues, concepts no other article needs), as DELETE /api/articles/<slug> does. It talks
 * to the database directly, as ingest does: whoever runs it owns the machine. A slug that names no
 * article is reported and the run ends with exit status 1; the others are still removed.
 */

function parseSlug(value: string, previous: string[] = []): string[] {
  const parsed = slugSchema.safeParse(value);
  if (!parsed.success)
    throw new InvalidArgumentError(`"${value}" is not a slug: ${parsed.error.issues[0]?.message}`);
  return [...previous, parsed.data];
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run remove --')
    .description('Delete articles from the Claimtrace graph, by slug.')
    .argument('<slugs...>', 'the slugs of the articles to delete', parseSlug)
    .showHelpAfterError()
    // Bad usage (no slug, a malformed one, an unknown option) exits 2, as the other CLIs do.
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
    .parse();
  const slugs = [...new Set(program.processedArgs[0] as string[])];

  await waitForDatabase({ attempts: 10 });
  let missing = 0;
  for (const slug of slugs) {
    if (await deleteArticle(slug)) console.log(`removed ${slug}`);
    else {
      process.stderr.write(`error: no article has the slug "${slug}"\n`);
      missing++;
    }
  }
  if (missing > 0) process.exitCode = 1;
}

main()
  .catch((error) => fail(error))
  .finally(() => closeDriver());
