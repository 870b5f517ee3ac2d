import type { SourceReference } from '@/lib/ingest/document/source-document';
import { readSource } from '@/lib/ingest/readers/read-source';
import { listedEntry } from '../render/rendering';
import type { TruthArticle } from '../truth/truth-article';
import { compareFields, type FieldOutcome, NOTHING_READ } from './compare-fields';
import { jatsEntryFields, textEntryFields } from './read-fields';

/** One entry's outcomes, with where it came from, for the failure listing. */
export interface EntryOutcomes {
  article: string;
  number: number;
  printed: string;
  outcomes: FieldOutcome[];
}

/**
 * Each entry of the article as the text rendering prints it (numbered in a numeric list), read by
 * the app's entry parser and compared with the entry's tags.
 */
export function textEntryOutcomes(article: TruthArticle): EntryOutcomes[] {
  return article.references.map((ref, i) => {
    const printed = listedEntry(article, i);
    return {
      article: article.id,
      number: ref.number,
      printed,
      outcomes: compareFields(ref.fields ?? {}, textEntryFields(printed)),
    };
  });
}

/**
 * Each entry as the app's JATS reader gives it, compared with the same tags: the reader takes its
 * fields from them, so anything short of all exact is a defect of the reader. An entry the reader
 * does not list (another number) counts every tagged field as missed.
 */
export async function jatsEntryOutcomes(article: TruthArticle, xml: Uint8Array): Promise<EntryOutcomes[]> {
  const doc = await readSource(xml, `${article.id}.xml`);
  // A number listed twice is described by its first entry, as the app's works are.
  const byNumber = new Map<number, SourceReference>();
  for (const r of doc.references ?? []) if (!byNumber.has(r.number)) byNumber.set(r.number, r);
  return article.references.map((ref) => {
    const read = byNumber.get(ref.number);
    return {
      article: article.id,
      number: ref.number,
      printed: read?.raw ?? '(not listed by the reader)',
      outcomes: compareFields(ref.fields ?? {}, read ? jatsEntryFields(read) : NOTHING_READ),
    };
  });
}
