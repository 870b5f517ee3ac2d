import autocannon from 'autocannon';
import type { QueryCase } from './query-bench';
import { median, p95 } from './stats';

export interface HttpFigure {
  name: string;
  /**
   * The server's read cache: off (CLAIMTRACE_READ_CACHE_MB=0), on from an empty cache, or warm (the
   * same requests again, every answer already cached).
   */
  cache: 'off' | 'on' | 'warm';
  connections: number;
  requests: number;
  errors: number;
  non2xx: number;
  medianMs: number;
  p95Ms: number;
  requestsPerSecond: number;
  /** Share of responses the read cache answered (`x-cache: hit`); the rest ran a query. */
  cacheHitShare: number;
  /** CPU time of the Next.js server per request (ms), and of Neo4j per request: work, not waiting. */
  serverCpuMsPerRequest?: number;
  neo4jCpuMsPerRequest?: number;
}

/**
 * Loads one route with autocannon on loopback: `amount` requests over `connections` connections,
 * request i asking for input i of the case (inputs drawn by popularity, so some repeat). Latencies
 * come from autocannon's per-response event, so the percentiles are exact rather than histogram
 * buckets; the server's `x-cache` header tells how many answers came from its read cache.
 */
export function loadRoute(
  baseUrl: string,
  c: QueryCase,
  cache: HttpFigure['cache'],
  connections: number,
  amount: number,
): Promise<HttpFigure> {
  let next = 0;
  let hits = 0;
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        amount,
        timeout: 30,
        requests: [
          {
            setupRequest: (req) => ({ ...req, method: 'GET', path: c.route(next++) }),
            onResponse: (_status, _body, _context, headers) => {
              // Raw header names as the server sent them: compare without case.
              for (const [name, value] of Object.entries(headers)) {
                if (name.toLowerCase() === 'x-cache' && value === 'hit') hits++;
              }
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          name: c.name,
          cache,
          connections,
          requests: result.requests.total,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          medianMs: median(times),
          p95Ms: p95(times),
          requestsPerSecond: result.requests.total / Math.max(result.duration, 1e-9),
          cacheHitShare: hits / Math.max(result.requests.total, 1),
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
    });
  });
}

/** GETs `url` until it answers 200, or throws after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < timeoutMs) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`);
}
