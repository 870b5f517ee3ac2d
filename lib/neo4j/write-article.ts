import 'server-only';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { databaseName, getDriver } from './driver';
import { bumpGraphRevision } from './graph-revision';
import { cypherParams } from './params';
import { writeArticles } from './write-articles';
import type { StepTiming } from './write-rows';
import {
  DELETE_OLD_CLAIMS,
  DELETE_OLD_REFERENCES,
  LOCK_EXISTING_ARTICLE,
  REMEMBER_OLD,
  REMOVE_ORPHAN_WORKS,
  REMOVE_UNLINKED,
} from './write-statements';

/*
 * Loading an article is one write transaction: it either replaces the article whole or leaves the
 * previous graph as it was. Article-scoped nodes (sections, claims, unlisted works) are rebuilt;
 * shared nodes (works, authors, venues, concepts) are MERGEd by id, so a second article citing the
 * same work meets the same node. Shared nodes that lose their last relationship are removed.
 * Many articles at once: write-articles.ts.
 */

export interface WriteResult {
  slug: string;
  claims: number;
  works: number;
}

/** Writes (or replaces) one article in a single transaction; throws what made it fail. */
export async function writeArticle(
  doc: GraphDocument,
  options: { onStep?: StepTiming } = {},
): Promise<WriteResult> {
  const [outcome] = await writeArticles([doc], { batchSize: 1, onStep: options.onStep });
  if (!outcome) throw new Error(`No outcome for article ${doc.article.slug}`);
  if (!outcome.ok) throw outcome.error;
  return { slug: outcome.slug, claims: outcome.claims, works: outcome.works };
}

/** Deletes an article and whatever only it used, in one transaction. */
export async function deleteArticle(slug: string): Promise<boolean> {
  const session = getDriver().session({ database: databaseName() });
  try {
    return await session.executeWrite(async (tx) => {
      // The lock every write takes (write-statements.ts), so a delete never interleaves with one.
      const found = (await tx.run(LOCK_EXISTING_ARTICLE, { slug })).records[0]?.get('found');
      if (!found) return false;
      const old = (await tx.run(REMEMBER_OLD, cypherParams({ slugs: [slug] }))).records[0];
      await tx.run(DELETE_OLD_REFERENCES, cypherParams({ slugs: [slug] }));
      await tx.run(DELETE_OLD_CLAIMS, cypherParams({ slugs: [slug] }));
      await tx.run('MATCH (a:Article {slug: $slug}) DELETE a', { slug });
      const removed = (
        await tx.run(REMOVE_ORPHAN_WORKS, cypherParams({ workIds: old?.get('workIds') ?? [] }))
      ).records[0];
      await tx.run(
        REMOVE_UNLINKED,
        cypherParams({
          authorIds: removed?.get('authorIds') ?? [],
          venueIds: removed?.get('venueIds') ?? [],
          conceptIds: [
            ...new Set([...(old?.get('conceptIds') ?? []), ...(removed?.get('conceptIds') ?? [])]),
          ],
        }),
      );
      await bumpGraphRevision(tx);
      return true;
    });
  } finally {
    await session.close();
  }
}
