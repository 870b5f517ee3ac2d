import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** An answer serialised once: the JSON text every response sends, and its ETag. */
export interface CachedBody {
  body: string;
  etag: string;
}

/** Where an answer came from: the cache, a query this caller ran, or a query another caller ran. */
export type BodySource = 'hit' | 'miss' | 'coalesced';

export interface Served extends CachedBody {
  source: BodySource;
}

export interface BodyCacheStats {
  /** Answers served from the cache. */
  hits: number;
  /** Queries run (each miss runs one). */
  misses: number;
  /** Callers that waited for a query another caller was already running for the same key. */
  coalesced: number;
  entries: number;
  bytes: number;
  maxBytes: number;
}

export function serialise(value: unknown): CachedBody {
  const body = JSON.stringify(value);
  // Weak: the same answer may go out gzipped or not, which a strong validator would have to tell apart.
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  return { body, etag };
}

/**
 * A bounded LRU of serialised answers (by UTF-8 bytes) with single-flight: concurrent misses for one
 * key run the query once. Not-found answers (null) and errors are handed to every waiting caller but
 * never stored, so a 404 or a 503 is asked again next time. maxBytes 0 turns storage off.
 */
export class BodyCache {
  private readonly lru: LRUCache<string, CachedBody> | null;
  private readonly inFlight = new Map<string, Promise<CachedBody | null>>();
  private counts = { hits: 0, misses: 0, coalesced: 0 };

  constructor(readonly maxBytes: number) {
    this.lru =
      maxBytes > 0
        ? new LRUCache<string, CachedBody>({
            maxSize: maxBytes,
            sizeCalculation: (entry) => Math.max(1, Buffer.byteLength(entry.body) + entry.etag.length),
          })
        : null;
  }

  async get(key: string, run: () => Promise<unknown>): Promise<Served | null> {
    const cached = this.lru?.get(key);
    if (cached) {
      this.counts.hits++;
      return { ...cached, source: 'hit' };
    }
    const running = this.inFlight.get(key);
    if (running) {
      this.counts.coalesced++;
      const entry = await running;
      return entry && { ...entry, source: 'coalesced' };
    }
    this.counts.misses++;
    const started = this.runAndStore(key, run);
    this.inFlight.set(key, started);
    try {
      const entry = await started;
      return entry && { ...entry, source: 'miss' };
    } finally {
      this.inFlight.delete(key);
    }
  }

  stats(): BodyCacheStats {
    return {
      ...this.counts,
      entries: this.lru?.size ?? 0,
      bytes: this.lru?.calculatedSize ?? 0,
      maxBytes: this.maxBytes,
    };
  }

  private async runAndStore(key: string, run: () => Promise<unknown>): Promise<CachedBody | null> {
    const value = await run();
    if (value === null || value === undefined) return null;
    const entry = serialise(value);
    this.lru?.set(key, entry);
    return entry;
  }
}
