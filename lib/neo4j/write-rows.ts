import 'server-only';
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { ArticleRows } from './article-rows';
import { batchRows, safePrefixLength, unlinkedCandidates } from './batch-rows';
import { bumpGraphRevision } from './graph-revision';
import { cypherParams } from './params';
import {
  DELETE_OLD_REFERENCES,
  DELETE_RETIRED,
  LOCK_ARTICLES,
  REMEMBER_OLD,
  REMOVE_ORPHAN_WORKS,
  REMOVE_UNLINKED,
  RETIRE_OLD_CLAIMS,
  WORKS,
  WRITE_STEPS,
} from './write-statements';

/** Called after each statement with its label and duration, to see where a load spends its time. */
export type StepTiming = (label: string, ms: number) => void;

interface OldVersion {
  workIds: string[];
  conceptIds: string[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

/**
 * Everything one write transaction does, for one article or a batch: the one place where a
 * transaction's statements run. Articles go in groups that one set of statements can write with
 * the same result as writing them one by one (batch-rows.ts says when that holds); a typical
 * batch is one group.
 */
export async function writeRows(
  tx: ManagedTransaction,
  articles: readonly ArticleRows[],
  onStep?: StepTiming,
): Promise<void> {
  const run = async (label: string, query: string, params: Record<string, unknown>) => {
    const t0 = performance.now();
    const result = await tx.run(query, cypherParams(params));
    onStep?.(label, performance.now() - t0);
    return result;
  };

  await run('lock articles', LOCK_ARTICLES, {
    slugs: [...new Set(articles.map((r) => r.article.slug))].sort(),
  });
  let rest = articles;
  while (rest.length > 0) {
    const found = await run('previous versions', REMEMBER_OLD, { slugs: rest.map((r) => r.article.slug) });
    const old = new Map<string, OldVersion>(
      found.records.map((r) => [
        r.get('slug'),
        { workIds: strings(r.get('workIds')), conceptIds: strings(r.get('conceptIds')) },
      ]),
    );
    const oldWorkIds = new Map([...old].map(([slug, v]) => [slug, v.workIds]));
    const group = rest.slice(0, safePrefixLength(rest, oldWorkIds));
    rest = rest.slice(group.length);
    await writeGroup(run, group, old);
  }
  // Last, so the revision node's lock is held only until the commit (graph-revision.ts).
  const t0 = performance.now();
  await bumpGraphRevision(tx);
  onStep?.('graph revision', performance.now() - t0);
}

type Run = (label: string, query: string, params: Record<string, unknown>) => Promise<QueryResult>;

async function writeGroup(run: Run, group: readonly ArticleRows[], old: ReadonlyMap<string, OldVersion>) {
  const rows = batchRows(group);
  const replaced = rows.slugs.filter((slug) => old.has(slug));
  const replacedOld = replaced.map((slug) => old.get(slug) as OldVersion);
  if (replaced.length > 0) {
    await run('remove previous references', DELETE_OLD_REFERENCES, { slugs: replaced });
    await run('retire previous claims', RETIRE_OLD_CLAIMS, { slugs: replaced });
  }

  let detached = { authorIds: [] as string[], venueIds: [] as string[] };
  for (const [label, query, params] of WRITE_STEPS) {
    const result = await run(label, query, params(rows));
    if (query === WORKS) {
      const r = result.records[0];
      detached = { authorIds: strings(r?.get('authorIds')), venueIds: strings(r?.get('venueIds')) };
    }
  }

  if (replaced.length > 0) await run('remove previous claims', DELETE_RETIRED, {});

  const candidates = unlinkedCandidates(rows, detached);
  const oldWorkIds = [...new Set(replacedOld.flatMap((o) => o.workIds))];
  const conceptIds = [...candidates.conceptIds, ...replacedOld.flatMap((o) => o.conceptIds)];
  const authorIds = [...candidates.authorIds];
  const venueIds = [...candidates.venueIds];
  if (oldWorkIds.length > 0) {
    const removed = (await run('remove unused works', REMOVE_ORPHAN_WORKS, { workIds: oldWorkIds }))
      .records[0];
    authorIds.push(...strings(removed?.get('authorIds')));
    venueIds.push(...strings(removed?.get('venueIds')));
    conceptIds.push(...strings(removed?.get('conceptIds')));
  }
  if (authorIds.length + venueIds.length + conceptIds.length > 0) {
    const distinct = (ids: string[]) => [...new Set(ids)];
    await run('remove unused authors, venues, concepts', REMOVE_UNLINKED, {
      authorIds: distinct(authorIds),
      venueIds: distinct(venueIds),
      conceptIds: distinct(conceptIds),
    });
  }
}
