import type { SourceData } from '@/lib/audit/source-findings';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import type { SourceCheck } from '@/lib/schemas/sources';
import { checkWorks } from '@/lib/sources/check-work';
import { crossrefClientFromEnv } from '@/lib/sources/client-from-env';
import { readRetractionFile } from '@/lib/sources/read-retraction-file';

export interface SourceOptions {
  /** A Retraction Watch CSV, read directly: no network, no database. */
  retractions?: string;
  /** Ask Crossref about every listed work (the network, only when asked). */
  checkSources?: boolean;
}

/**
 * The source data `npm run audit` was asked for, or undefined when none was (the report then has
 * no source_findings). A Crossref check that fails is named on stderr and left out, never guessed.
 */
export async function sourceDataFor(
  doc: GraphDocument,
  options: SourceOptions,
  warn: (text: string) => void,
): Promise<SourceData | undefined> {
  if (!options.retractions && !options.checkSources) return undefined;
  const retractions = options.retractions ? (await readRetractionFile(options.retractions)).records : [];
  const checks = new Map<string, SourceCheck>();
  if (options.checkSources) {
    const listed = new Set(doc.references.filter((r) => r.listed).map((r) => r.workId));
    const numberOf = new Map(doc.references.map((r) => [r.workId, r.number]));
    const client = crossrefClientFromEnv();
    await checkWorks(
      client,
      doc.works.filter((w) => listed.has(w.id)),
      (work, outcome) => {
        if ('error' in outcome)
          warn(`audit: [${numberOf.get(work.id)}] not checked: ${outcome.error.message}\n`);
        else if (outcome.check) checks.set(work.id, outcome.check);
      },
    );
  }
  return { checks, retractions };
}
