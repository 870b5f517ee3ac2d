import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditArticle } from '@/lib/audit/audit-article';
import { fixtureFindings } from '@/lib/audit/fixture-findings';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import { isArticleParseError } from '@/lib/ingest/errors';

/*
 * Writes tests/fixtures/articles/<name>.findings.json for fixtures that lack one (or all, with
 * --all). Read every file it writes against its article before committing: the test then holds the
 * audit to it.
 */
const DIR = 'tests/fixtures/articles';
const all = process.argv.includes('--all');
const files = readdirSync(DIR);
for (const file of files.filter((f) => /\.(valid|invalid)\.(txt|md)$/.test(f))) {
  const name = file.replace(/\.(txt|md)$/, '');
  const target = `${name}.findings.json`;
  if (!all && files.includes(target)) continue;
  let findings: unknown;
  try {
    findings = fixtureFindings(auditArticle(await readArticleFile(join(DIR, file))));
  } catch (error) {
    if (!isArticleParseError(error)) throw error;
    findings = { error: error.code, exit: 2 };
  }
  writeFileSync(join(DIR, target), `${JSON.stringify(findings, null, 2)}\n`);
  console.log(`wrote ${target}`);
}
