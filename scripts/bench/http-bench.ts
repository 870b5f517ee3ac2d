import autocannon from 'autocannon';
import type { QueryCase } from './query-bench';
import { median, p95 } from './stats';

export interface HttpFigure {
  name: string;
  connections: number;
  requests: number;
  errors: number;
  non2xx: number;
  medianMs: number;
  p95Ms: number;
  requestsPerSecond: number;
}

/**
 * Loads one route with autocannon on loopback: `amount` requests over `connections` connections,
 * each request a different input (same inputs as the in-process figures). Latencies come from
 * autocannon's per-response event, so the percentiles are exact rather than histogram buckets.
 */
export function loadRoute(
  baseUrl: string,
  c: QueryCase,
  connections: number,
  amount: number,
): Promise<HttpFigure> {
  let next = 0;
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        amount,
        timeout: 30,
        requests: [{ setupRequest: (req) => ({ ...req, method: 'GET', path: c.route(next++) }) }],
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          name: c.name,
          connections,
          requests: result.requests.total,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          medianMs: median(times),
          p95Ms: p95(times),
          requestsPerSecond: result.requests.total / Math.max(result.duration, 1e-9),
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
