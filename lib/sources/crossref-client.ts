import { setMaxListeners } from 'node:events';
import PQueue from 'p-queue';
import type { z } from 'zod';
import { trimEndOf } from '@/lib/text/scan';
import {
  type CrossrefWork,
  crossrefWorkListResponseSchema,
  crossrefWorkResponseSchema,
} from './crossref-schemas';
import { backoffMs, isRetryableStatus, retryAfterMs } from './retry-policy';

export interface CrossrefClientOptions {
  /** e.g. https://api.crossref.org, or a local server in tests. */
  baseUrl: string;
  /** Sent as `mailto` and in the User-Agent: Crossref's polite pool. */
  contactEmail?: string;
  /** Requests under way at once, look-ups and searches together. */
  concurrency: number;
  /** DOI look-ups started per second. */
  lookupsPerSecond: number;
  /** Bibliographic searches started per second (Crossref limits lists more tightly). */
  searchesPerSecond: number;
  timeoutMs: number;
  /** Tries after the first, for 429, 5xx, timeouts and dropped connections. */
  maxRetries?: number;
  backoffBaseMs?: number;
  /** A Retry-After longer than this is not waited for: the check fails and says so. */
  maxRetryAfterMs?: number;
}

/** Why a request gave no usable answer; `kind` lets a caller tell "try later" from "broken". */
export class CrossrefError extends Error {
  constructor(
    message: string,
    public readonly kind: 'malformed' | 'refused' | 'unavailable' | 'rate_limited' | 'stopped',
  ) {
    super(message);
    this.name = 'CrossrefError';
  }
}

export type LookupResult = { status: 'found'; work: CrossrefWork } | { status: 'not_found' };

export interface CrossrefStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  retries: number;
  /** Wall time of each request that got an answer, in ms. */
  latenciesMs: number[];
}

interface Answer {
  status: number;
  text: string;
  retryAfter: string | null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A timeout or a dropped connection in words: fetch itself only says "fetch failed". */
function describeFailure(error: Error, timeoutMs: number): string {
  if (error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  const code = (error.cause as { code?: string } | undefined)?.code;
  return code ? `${error.message} (${code})` : error.message;
}

/** A queue that starts at most `perSecond` tasks in any rolling second. */
function rateQueue(perSecond: number): PQueue {
  const cap = Math.max(1, Math.floor(perSecond));
  return new PQueue({ intervalCap: cap, interval: (1000 * cap) / perSecond, strict: true });
}

/**
 * Crossref's REST API with the manners it asks for: a contact address, bounded concurrency and
 * rate, and after a 429 no request at all until the wait it names has passed. Answers are checked
 * against the documented shapes (crossref-schemas.ts); nothing here knows about the graph.
 */
export function createCrossrefClient(options: CrossrefClientOptions) {
  const base = trimEndOf(options.baseUrl, (ch) => ch === '/');
  const maxRetries = options.maxRetries ?? 4;
  const backoffBase = options.backoffBaseMs ?? 500;
  const maxRetryAfter = options.maxRetryAfterMs ?? 60_000;
  // A request first takes one of `concurrency` places, then waits there for a start under its
  // kind's rate: so neither limit can be overrun, however the two kinds mix.
  const places = new PQueue({ concurrency: options.concurrency });
  const rates = { lookup: rateQueue(options.lookupsPerSecond), search: rateQueue(options.searchesPerSecond) };
  const stats: CrossrefStats = { requests: 0, retries: 0, latenciesMs: [] };
  const userAgent = `Claimtrace/0.1${options.contactEmail ? ` (mailto:${options.contactEmail})` : ''}`;
  // After a 429 every request waits until then, not only the one that was refused.
  let holdUntil = 0;
  const stopping = new AbortController();
  // Every queued request listens for the stop: a thousand of them is a run, not a leak.
  setMaxListeners(0, stopping.signal);

  function url(path: string, params: Record<string, string>): string {
    const query = new URLSearchParams(params);
    if (options.contactEmail) query.set('mailto', options.contactEmail);
    const qs = query.toString();
    return `${base}${path}${qs ? `?${qs}` : ''}`;
  }

  async function fetchOnce(target: string): Promise<Answer> {
    const wait = holdUntil - Date.now();
    if (wait > 0) await sleep(wait);
    stats.requests++;
    const started = performance.now();
    const response = await fetch(target, {
      headers: { accept: 'application/json', 'user-agent': userAgent },
      signal: AbortSignal.any([AbortSignal.timeout(options.timeoutMs), stopping.signal]),
    });
    const text = await response.text();
    stats.latenciesMs.push(performance.now() - started);
    return { status: response.status, text, retryAfter: response.headers.get('retry-after') };
  }

  /** One request with its retries; resolves with a final answer (2xx or a status not worth retrying). */
  async function send(kind: keyof typeof rates, target: string): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      let answer: Answer | null = null;
      let failure = '';
      try {
        answer = await places.add(
          async ({ signal }) => {
            await rates[kind].add(() => {}, { signal });
            return fetchOnce(target);
          },
          { signal: stopping.signal },
        );
      } catch (error) {
        if (stopping.signal.aborted) throw new CrossrefError('stopped before Crossref answered', 'stopped');
        failure = describeFailure(error as Error, options.timeoutMs);
      }
      if (answer && !isRetryableStatus(answer.status)) return answer;
      let wait = backoffMs(attempt, backoffBase);
      if (answer) {
        failure = `HTTP ${answer.status}`;
        const asked = retryAfterMs(answer.retryAfter);
        if (asked !== null && asked > maxRetryAfter) {
          throw new CrossrefError(
            `Crossref asks to wait ${Math.ceil(asked / 1000)} s before the next request (${target})`,
            'rate_limited',
          );
        }
        if (asked !== null) wait = Math.max(asked, wait);
        if (answer.status === 429) holdUntil = Math.max(holdUntil, Date.now() + wait);
      }
      if (attempt >= maxRetries) {
        throw new CrossrefError(
          `Crossref gave no usable answer for ${target} after ${attempt + 1} tries (last: ${failure})`,
          answer?.status === 429 ? 'rate_limited' : 'unavailable',
        );
      }
      stats.retries++;
      await sleep(wait);
      if (stopping.signal.aborted) throw new CrossrefError('stopped before Crossref answered', 'stopped');
    }
  }

  function parse<S extends z.ZodType>(answer: Answer, schema: S, target: string): z.infer<S> {
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      throw new CrossrefError(`Crossref answered ${target} with malformed JSON`, 'malformed');
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
      throw new CrossrefError(
        `Crossref's answer for ${target} is not a work record as documented (${issues.join('; ')})`,
        'malformed',
      );
    }
    return parsed.data;
  }

  function refused(answer: Answer, target: string): CrossrefError {
    const snippet = answer.text.replace(/\s+/g, ' ').trim().slice(0, 120);
    return new CrossrefError(`Crossref refused ${target} (HTTP ${answer.status}): ${snippet}`, 'refused');
  }

  return {
    /** The work a DOI names, or not_found when Crossref has no such DOI (404). */
    async lookup(doi: string): Promise<LookupResult> {
      const target = url(`/works/${encodeURIComponent(doi)}`, {});
      const answer = await send('lookup', target);
      if (answer.status === 404) return { status: 'not_found' };
      if (answer.status !== 200) throw refused(answer, target);
      return { status: 'found', work: parse(answer, crossrefWorkResponseSchema, target).message };
    },

    /** The best matches for a reference as written, each with Crossref's relevance score. */
    async search(bibliographic: string, rows = 2): Promise<CrossrefWork[]> {
      const target = url('/works', { 'query.bibliographic': bibliographic, rows: String(rows) });
      const answer = await send('search', target);
      if (answer.status !== 200) throw refused(answer, target);
      return parse(answer, crossrefWorkListResponseSchema, target).message.items;
    },

    stats: (): CrossrefStats => ({ ...stats, latenciesMs: [...stats.latenciesMs] }),

    /** An interrupted run: requests not yet answered fail with kind "stopped" instead of going out. */
    stop(): void {
      stopping.abort();
    },
  };
}

export type CrossrefClient = ReturnType<typeof createCrossrefClient>;
