import 'server-only';
import { env } from '@/lib/env';
import { includesOwnWrites, readGraphRevision } from '@/lib/neo4j/graph-revision';
import { BodyCache, type BodyCacheStats, type Served, serialise } from './body-cache';
import { CoalescedRead } from './coalesced-read';
import { stableKey } from './stable-key';

/*
 * The server's read cache: answers of the named read queries, serialised once, keyed by the graph
 * revision, the query's name and its parameters. The revision is read from Neo4j at most once per
 * CLAIMTRACE_REVISION_MAX_AGE_MS (coalesced: one read serves every request that arrived while the
 * previous one ran), and at once after a write by this process; so a write by this process is seen
 * by the next request, a write by another process within that age. One cache per process, on
 * globalThis so that `next dev` reloads and per-route bundles do not multiply it; route handlers and
 * server components share it.
 */
interface ReadCacheState {
  cache: BodyCache;
  revision: CoalescedRead<string | null>;
  /** Requests served while the graph had no revision node (nothing cached then). */
  bypassed: number;
}

const globalForCache = globalThis as unknown as { claimtraceReadCache?: ReadCacheState };

function state(): ReadCacheState {
  globalForCache.claimtraceReadCache ??= {
    cache: new BodyCache(Math.round(env().CLAIMTRACE_READ_CACHE_MB * 1024 * 1024)),
    revision: new CoalescedRead(readGraphRevision, {
      maxAgeMs: env().CLAIMTRACE_REVISION_MAX_AGE_MS,
      stillValid: (revision) => includesOwnWrites(revision),
    }),
    bypassed: 0,
  };
  return globalForCache.claimtraceReadCache;
}

export interface CachedReader<P extends object, T> {
  /** The answer as JSON text with its ETag; null when the query found nothing. */
  body(params: P): Promise<Served | null>;
  /** The answer as a value, parsed from the cached text, so every caller gets a copy of its own. */
  value(params: P): Promise<T | null>;
}

/** Wraps a named read query (params -> answer, null for not found) with the read cache. */
export function cachedReader<P extends object, T>(
  name: string,
  read: (params: P) => Promise<T | null>,
): CachedReader<P, T> {
  const body = async (params: P): Promise<Served | null> => {
    const s = state();
    const revision = await s.revision.get();
    if (revision === null) {
      // No revision node: a database emptied or loaded by other means. Nothing tells us when it
      // changes, so nothing is cached until the next write by the loader (writeRows) creates the node.
      s.bypassed++;
      const value = await read(params);
      return value === null ? null : { ...serialise(value), source: 'miss' };
    }
    return s.cache.get(`${revision}\u0000${name}\u0000${stableKey(params)}`, () => read(params));
  };
  return {
    body,
    value: async (params) => {
      const served = await body(params);
      return served ? (JSON.parse(served.body) as T) : null;
    },
  };
}

export interface ReadCacheStats extends BodyCacheStats {
  revisionReads: number;
  bypassed: number;
}

/** Counters of this process's read cache (tests assert hits and misses with them, not timings). */
export function readCacheStats(): ReadCacheStats {
  const s = state();
  return { ...s.cache.stats(), revisionReads: s.revision.reads, bypassed: s.bypassed };
}
