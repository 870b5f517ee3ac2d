import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A stand-in for Crossref's REST API on 127.0.0.1, for tests and the benchmark: nothing they run
 * ever leaves the machine. It answers `GET /works/{doi}` and `GET /works?query.bibliographic=` in
 * the documented shapes from tests/fixtures/crossref/ (README there), and a few DOIs misbehave on
 * purpose, as Crossref can.
 */

type Message = Record<string, unknown>;
interface SearchFixture {
  contains: string;
  items: Message[];
}

/** DOIs that answer as a busy or broken Crossref would. Per DOI, attempts are counted. */
export const TROUBLE_DOIS = {
  /** 429 with Retry-After: 1 the first time, then the record. */
  rateLimited: '10.5555/trouble.rate-limited',
  /** 503 without Retry-After the first time, then the record. */
  unavailableOnce: '10.5555/trouble.unavailable-once',
  /** 503 every time. */
  alwaysUnavailable: '10.5555/trouble.always-unavailable',
  /** Answers only after `slowMs`. */
  slow: '10.5555/trouble.slow',
  /** 200 with JSON cut short. */
  malformed: '10.5555/trouble.malformed',
  /** 200 with JSON that is no work record (no DOI, title a string). */
  wrongShape: '10.5555/trouble.wrong-shape',
  /** 429 asking to wait an hour. */
  longWait: '10.5555/trouble.long-wait',
} as const;

export interface FakeCrossrefOptions {
  /** Added to every answer, as a distant server's round trip would be. */
  latencyMs?: number;
  slowMs?: number;
  /** An answer for DOIs not in the fixtures (the benchmark makes its works up). */
  synthesize?: (doi: string) => Message | null;
}

export interface FakeCrossref {
  url: string;
  /** Every request as received: path with query, and the headers that matter to Crossref. */
  requests: { path: string; userAgent: string | null; at: number }[];
  /** The most requests it was answering at once. */
  maxConcurrent: () => number;
  close: () => Promise<void>;
}

const FIXTURES = 'tests/fixtures/crossref';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function workRecord(message: Message) {
  return { status: 'ok', 'message-type': 'work', 'message-version': '1.0.0', message };
}

export async function startFakeCrossref(options: FakeCrossrefOptions = {}): Promise<FakeCrossref> {
  const works = JSON.parse(readFileSync(`${FIXTURES}/works.json`, 'utf8')) as Record<string, Message>;
  const searches = JSON.parse(readFileSync(`${FIXTURES}/searches.json`, 'utf8')) as SearchFixture[];
  const attempts = new Map<string, number>();
  const requests: FakeCrossref['requests'] = [];
  let active = 0;
  let maxActive = 0;

  function trouble(doi: string, res: ServerResponse): Promise<void> | boolean {
    const n = (attempts.get(doi) ?? 0) + 1;
    attempts.set(doi, n);
    const record = () => json(res, 200, workRecord({ DOI: doi, title: ['A work that came back'] }));
    switch (doi) {
      case TROUBLE_DOIS.rateLimited:
        if (n === 1) json(res, 429, 'Too many requests', { 'retry-after': '1' });
        else record();
        return true;
      case TROUBLE_DOIS.unavailableOnce:
        if (n === 1) json(res, 503, 'Service unavailable');
        else record();
        return true;
      case TROUBLE_DOIS.alwaysUnavailable:
        json(res, 503, 'Service unavailable');
        return true;
      case TROUBLE_DOIS.slow:
        return sleep(options.slowMs ?? 5_000).then(record);
      case TROUBLE_DOIS.malformed:
        json(res, 200, '{"status":"ok","message-type":"work","message":{"DOI":"10.5555/trouble.mal');
        return true;
      case TROUBLE_DOIS.wrongShape:
        json(res, 200, workRecord({ title: 'not a list' }));
        return true;
      case TROUBLE_DOIS.longWait:
        json(res, 429, 'Too many requests', { 'retry-after': '3600' });
        return true;
      default:
        return false;
    }
  }

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (options.latencyMs) await sleep(options.latencyMs);
    if (url.pathname === '/works') {
      const query = url.searchParams.get('query.bibliographic') ?? '';
      const rows = Number(url.searchParams.get('rows') ?? 20);
      const items = searches.find((s) => query.includes(s.contains))?.items ?? [];
      json(res, 200, {
        status: 'ok',
        'message-type': 'work-list',
        'message-version': '1.0.0',
        message: { 'total-results': items.length, items: items.slice(0, rows), 'items-per-page': rows },
      });
      return;
    }
    const match = /^\/works\/(.+)$/.exec(url.pathname);
    if (!match) return json(res, 404, 'Resource not found.');
    const doi = decodeURIComponent(match[1] as string).toLowerCase();
    const handled = trouble(doi, res);
    if (handled !== false) {
      await handled;
      return;
    }
    const message = works[doi] ?? options.synthesize?.(doi) ?? null;
    if (message) json(res, 200, workRecord(message));
    else json(res, 404, 'Resource not found.', { 'content-type': 'text/plain' });
  }

  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', userAgent: req.headers['user-agent'] ?? null, at: Date.now() });
    active++;
    maxActive = Math.max(maxActive, active);
    res.on('close', () => active--);
    answer(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxConcurrent: () => maxActive,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
